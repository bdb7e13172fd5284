package dev.passerelle.workbench;

import dev.passerelle.event.Events;
import dev.passerelle.segment.SegmentRepository;
import dev.passerelle.segment.SegmentRepository.SegmentQuery;
import dev.passerelle.segment.SegmentState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The workbench's start: the events, and each event's review queue with filters and progress bars. */
@Controller
class QueueController {

    static final int PAGE = 100;

    private final ProgressQuery progress;
    private final SegmentRepository segments;

    QueueController(ProgressQuery progress, SegmentRepository segments) {
        this.progress = progress;
        this.segments = segments;
    }

    @GetMapping("/workbench")
    String events(Model model) {
        model.addAttribute("events", progress.events());
        return "workbench/events";
    }

    @GetMapping("/workbench/events/{event}/queue")
    String queue(@PathVariable String event, @ModelAttribute("filter") QueueFilter filter, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("events", progress.events());
        model.addAttribute("sessions", progress.sessions(event));
        model.addAttribute("languages", Events.LANGUAGES);
        model.addAttribute("states", SegmentState.values());
        model.addAttribute("pageSize", PAGE);
        model.addAttribute("segments", segments.list(new SegmentQuery(event, filter.lang(), filter.state(),
                filter.session(), filter.after() == null ? 0 : filter.after(), PAGE)));
        return "workbench/queue";
    }

    /** The queue's filters; null filters nothing. {@code after} pages by segment id. */
    public record QueueFilter(Long session, String lang, SegmentState state, Long after) {

        public QueueFilter {
            lang = lang == null || lang.isBlank() || !Events.LANGUAGES.contains(lang) ? null : lang;
        }
    }
}
