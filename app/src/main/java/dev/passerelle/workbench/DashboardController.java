package dev.passerelle.workbench;

import dev.passerelle.event.Events;
import dev.passerelle.review.ReviewProgress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organiser's view of an event: progress and blockers per session and language, publishing, cost so far. */
@Controller
class DashboardController {

    private final ProgressQuery progress;
    private final ReviewProgress review;
    private final PublishRequests publish;

    DashboardController(ProgressQuery progress, ReviewProgress review, PublishRequests publish) {
        this.progress = progress;
        this.review = review;
        this.publish = publish;
    }

    @GetMapping("/workbench/events/{event}/dashboard")
    String dashboard(@PathVariable String event, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("sessions", progress.sessions(event));
        model.addAttribute("languages", Events.LANGUAGES);
        model.addAttribute("billedCharacters", progress.billedCharacters(event));
        model.addAttribute("billedByProvider", progress.billedByProvider(event));
        model.addAttribute("blockers", BlockerCount.bySession(review.blockers(event)));
        return "workbench/dashboard";
    }

    @PostMapping("/workbench/events/{event}/sessions/{session}/publish")
    String publish(@PathVariable String event, @PathVariable long session, @RequestParam String lang,
                   RedirectAttributes flash) {
        boolean requested = Events.LANGUAGES.contains(lang) && publish.request(event, session, lang);
        flash.addFlashAttribute(requested ? "notice" : "problem",
                requested ? "workbench.publish.requested" : "workbench.publish.refused");
        return "redirect:/workbench/events/" + event + "/dashboard";
    }

    /** How many segments of a session one kind of blocker holds back in one language. */
    record BlockerCount(String kind, String lang, long count) {

        static Map<Long, List<BlockerCount>> bySession(List<ReviewProgress.Blocker> blockers) {
            var counts = blockers.stream().collect(Collectors.groupingBy(ReviewProgress.Blocker::sessionId,
                    Collectors.groupingBy(b -> List.of(b.kind(), b.lang()), LinkedHashMap::new,
                            Collectors.counting())));
            var bySession = new java.util.HashMap<Long, List<BlockerCount>>();
            counts.forEach((session, kinds) -> bySession.put(session, kinds.entrySet().stream()
                    .map(e -> new BlockerCount(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList()));
            return bySession;
        }
    }
}
