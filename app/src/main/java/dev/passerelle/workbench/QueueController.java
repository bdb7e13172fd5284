package dev.passerelle.workbench;

import dev.passerelle.event.Events;
import dev.passerelle.review.BulkApproval;
import dev.passerelle.review.ReviewQueueSearch;
import dev.passerelle.review.ReviewQueueSearch.QueueQuery;
import dev.passerelle.review.check.QaReport;
import dev.passerelle.segment.SegmentState;
import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The workbench's start: the events; each event's review queue with filters, progress bars and bulk approval. */
@Controller
class QueueController {

    static final int PAGE = 100;
    static final List<String> QA_STATUSES = List.of(QaReport.OK, QaReport.WARNING, QaReport.BLOCKING);

    private final ProgressQuery progress;
    private final ReviewQueueSearch queue;
    private final BulkApproval bulk;

    QueueController(ProgressQuery progress, ReviewQueueSearch queue, BulkApproval bulk) {
        this.progress = progress;
        this.queue = queue;
        this.bulk = bulk;
    }

    @GetMapping("/workbench")
    String events(Model model) {
        model.addAttribute("events", progress.events());
        return "workbench/events";
    }

    @GetMapping("/workbench/events/{event}/queue")
    String queue(@PathVariable String event, @ModelAttribute("filter") QueueFilter filter, Model model) {
        model.addAttribute("page", queue.find(new QueueQuery(event, filter.session(), filter.lang(), filter.state(),
                filter.qa(), filter.assignee(), filter.after() == null ? 0 : filter.after(), PAGE)));
        model.addAttribute("event", event);
        model.addAttribute("events", progress.events());
        model.addAttribute("sessions", progress.sessions(event));
        model.addAttribute("languages", Events.LANGUAGES);
        model.addAttribute("states", SegmentState.values());
        model.addAttribute("qaStatuses", QA_STATUSES);
        model.addAttribute("rules", BulkApproval.Rule.values());
        return "workbench/queue";
    }

    @PostMapping("/workbench/events/{event}/bulk-approve")
    String bulkApprove(@PathVariable String event, @RequestParam BulkApproval.Rule rule,
                       @ModelAttribute("filter") QueueFilter filter, Principal who, RedirectAttributes flash) {
        BulkApproval.Result result = bulk.approve(event, rule, filter.session(), filter.lang(), who.getName());
        flash.addFlashAttribute("notice", "workbench.bulk.done");
        flash.addFlashAttribute("noticeArguments", List.of(result.approved(), result.skipped().size()));
        return "redirect:" + UriComponentsBuilder.fromPath("/workbench/events/{event}/queue")
                .queryParamIfPresent("session", java.util.Optional.ofNullable(filter.session()))
                .queryParamIfPresent("lang", java.util.Optional.ofNullable(filter.lang()))
                .buildAndExpand(event).toUriString();
    }

    /** The queue's filters; blank filters nothing. {@code after} pages by segment id. */
    public record QueueFilter(Long session, String lang, SegmentState state, String qa, String assignee, Long after) {

        public QueueFilter {
            lang = lang != null && Events.LANGUAGES.contains(lang) ? lang : null;
            qa = qa != null && QA_STATUSES.contains(qa) ? qa : null;
            assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
        }
    }
}
