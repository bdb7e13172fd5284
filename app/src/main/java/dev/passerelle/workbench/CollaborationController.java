package dev.passerelle.workbench;

import dev.passerelle.review.Leases;
import dev.passerelle.review.Suggestions;
import dev.passerelle.segment.SegmentRepository;
import dev.passerelle.workbench.EditorOutcome.Form;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Working together from the editor: claim a session (in the segment's language) for a while and release it;
 * suggest a translation; accept a suggestion (reviewers).
 */
@Controller
class CollaborationController {

    private final EditorOutcome outcome;
    private final Leases leases;
    private final Suggestions suggestions;
    private final SegmentRepository segments;

    CollaborationController(EditorOutcome outcome, Leases leases, Suggestions suggestions,
                            SegmentRepository segments) {
        this.outcome = outcome;
        this.leases = leases;
        this.suggestions = suggestions;
        this.segments = segments;
    }

    @PostMapping("/workbench/segments/{id}/claim")
    String claim(@PathVariable long id, Authentication who, Model model, RedirectAttributes flash,
                 HttpServletResponse response) {
        return outcome.run(id, Form.NONE, () -> {
            var segment = segments.get(id);
            leases.claimSession(segment.sessionId(), segment.targetLang(), who.getName(), null);
        }, "workbench.claimed", model, flash, response);
    }

    @PostMapping("/workbench/segments/{id}/release")
    String release(@PathVariable long id, @RequestParam String lease, Authentication who, Model model,
                   RedirectAttributes flash, HttpServletResponse response) {
        boolean reviewer = WorkbenchAdvice.Person.of(who).reviewer();
        return outcome.run(id, Form.NONE, () -> leases.release(lease, who.getName(), reviewer), "workbench.released",
                model, flash, response);
    }

    @PostMapping("/workbench/segments/{id}/suggestions")
    String suggest(@PathVariable long id, @RequestParam String target, @RequestParam(defaultValue = "") String comment,
                   Authentication who, Model model, RedirectAttributes flash, HttpServletResponse response) {
        return outcome.run(id, new Form(target, null, null),
                () -> suggestions.submit(id, target, comment, who.getName()), "workbench.suggested", model, flash,
                response);
    }

    @PostMapping("/workbench/segments/{id}/suggestions/{suggestion}/accept")
    String accept(@PathVariable long id, @PathVariable long suggestion, @RequestParam long version,
                  Authentication who, Model model, RedirectAttributes flash, HttpServletResponse response) {
        return outcome.run(id, Form.NONE, () -> suggestions.accept(id, suggestion, version, who.getName()),
                "workbench.accepted", model, flash, response);
    }
}
