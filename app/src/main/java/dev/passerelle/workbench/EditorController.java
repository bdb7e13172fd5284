package dev.passerelle.workbench;

import dev.passerelle.review.ReviewDecisions;
import dev.passerelle.workbench.EditorOutcome.Form;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The segment editor: read a segment in context; save, autofix, approve, reject or revert it. */
@Controller
class EditorController {

    private final EditorOutcome outcome;
    private final ReviewDecisions decisions;

    EditorController(EditorOutcome outcome, ReviewDecisions decisions) {
        this.outcome = outcome;
        this.decisions = decisions;
    }

    @GetMapping("/workbench/segments/{id}")
    String editor(@PathVariable long id, Model model) {
        return outcome.show(id, model);
    }

    @PostMapping("/workbench/segments/{id}/save")
    String save(@PathVariable long id, @RequestParam long version, @RequestParam String target,
                @RequestParam(required = false) Long then, Principal who, Model model, RedirectAttributes flash,
                HttpServletResponse response) {
        return outcome.run(id, new Form(target, null, then), () -> decisions.edit(id, version, target, who.getName()),
                "workbench.saved", model, flash, response);
    }

    @PostMapping("/workbench/segments/{id}/autofix")
    String autofix(@PathVariable long id, @RequestParam long version, Principal who, Model model,
                   RedirectAttributes flash, HttpServletResponse response) {
        return outcome.run(id, Form.NONE, () -> decisions.autofix(id, version, who.getName()), "workbench.autofixed",
                model, flash, response);
    }

    @PostMapping("/workbench/segments/{id}/approve")
    String approve(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) Long then,
                   Principal who, Model model, RedirectAttributes flash, HttpServletResponse response) {
        return outcome.run(id, Form.goingTo(then), () -> decisions.approve(id, version, who.getName()),
                "workbench.approved", model, flash, response);
    }

    @PostMapping("/workbench/segments/{id}/reject")
    String reject(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String reason,
                  Principal who, Model model, RedirectAttributes flash, HttpServletResponse response) {
        return outcome.run(id, new Form(null, reason, null), () -> decisions.reject(id, version, reason, who.getName()),
                "workbench.rejected", model, flash, response);
    }

    @PostMapping("/workbench/segments/{id}/revert")
    String revert(@PathVariable long id, @RequestParam long version, @RequestParam long historyId,
                  Principal who, Model model, RedirectAttributes flash, HttpServletResponse response) {
        return outcome.run(id, Form.NONE, () -> decisions.revert(id, version, historyId, null, who.getName()),
                "workbench.reverted", model, flash, response);
    }
}
