package dev.passerelle.workbench;

import dev.passerelle.event.Events;
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
    private final PublishRequests publish;

    DashboardController(ProgressQuery progress, PublishRequests publish) {
        this.progress = progress;
        this.publish = publish;
    }

    @GetMapping("/workbench/events/{event}/dashboard")
    String dashboard(@PathVariable String event, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("sessions", progress.sessions(event));
        model.addAttribute("languages", Events.LANGUAGES);
        model.addAttribute("billedCharacters", progress.billedCharacters(event));
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
}
