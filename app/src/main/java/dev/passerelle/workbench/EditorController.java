package dev.passerelle.workbench;

import dev.passerelle.review.InvalidReviewException;
import dev.passerelle.review.ReviewDecisions;
import dev.passerelle.segment.IllegalTransitionException;
import dev.passerelle.segment.Segment;
import dev.passerelle.segment.VersionConflictException;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The segment editor: read a segment in context, save its target, approve or reject it. A stale version shows
 * the conflict (both texts, a merge box) instead of overwriting; refused input shows why, keeping the draft.
 */
@Controller
class EditorController {

    private final EditorPage page;
    private final ReviewDecisions decisions;

    EditorController(EditorPage page, ReviewDecisions decisions) {
        this.page = page;
        this.decisions = decisions;
    }

    @GetMapping("/workbench/segments/{id}")
    String editor(@PathVariable long id, Model model) {
        model.addAttribute("editor", page.of(id));
        return "workbench/editor";
    }

    @PostMapping("/workbench/segments/{id}/save")
    String save(@PathVariable long id, @RequestParam long version, @RequestParam String target,
                @RequestParam(required = false) Long then, Principal who, Model model, RedirectAttributes flash,
                HttpServletResponse response) {
        return act(id, target, then, () -> decisions.edit(id, version, target, who.getName()), "workbench.saved",
                model, flash, response);
    }

    @PostMapping("/workbench/segments/{id}/approve")
    String approve(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) Long then,
                   Principal who, Model model, RedirectAttributes flash, HttpServletResponse response) {
        return act(id, null, then, () -> decisions.approve(id, version, who.getName()), "workbench.approved",
                model, flash, response);
    }

    @PostMapping("/workbench/segments/{id}/reject")
    String reject(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String reason,
                  @RequestParam(required = false) Long then, Principal who, Model model, RedirectAttributes flash,
                  HttpServletResponse response) {
        model.addAttribute("reason", reason);
        return act(id, null, then, () -> decisions.reject(id, version, reason, who.getName()), "workbench.rejected",
                model, flash, response);
    }

    /**
     * Runs a decision, then goes to {@code then} (the next segment) or back to this one. A refusal re-renders the
     * editor with the person's draft and the reason, with the HTTP status the API would answer.
     */
    private String act(long id, String draft, Long then, Supplier<Segment> decision, String done, Model model,
                       RedirectAttributes flash, HttpServletResponse response) {
        try {
            decision.get();
        } catch (VersionConflictException e) {
            model.addAttribute("conflict", new Conflict(draft, e.current()));
            return rerender(id, draft, model, response, HttpStatus.CONFLICT);
        } catch (InvalidReviewException | IllegalArgumentException e) {
            model.addAttribute("problem", "workbench.error.invalid");
            model.addAttribute("problemDetail", e.getMessage());
            return rerender(id, draft, model, response, HttpStatus.BAD_REQUEST);
        } catch (IllegalTransitionException e) {
            model.addAttribute("problem", "workbench.error.state");
            model.addAttribute("problemDetail", e.getMessage());
            return rerender(id, draft, model, response, HttpStatus.CONFLICT);
        }
        flash.addFlashAttribute("notice", done);
        return "redirect:/workbench/segments/" + (then == null ? id : then);
    }

    private String rerender(long id, String draft, Model model, HttpServletResponse response, HttpStatus status) {
        response.setStatus(status.value());
        model.addAttribute("draft", draft);
        return editor(id, model);
    }

    /** A save that lost the race: what the person wrote, and the segment as someone else left it. */
    public record Conflict(String mine, Segment theirs) {
    }
}
