package dev.passerelle.workbench;

import dev.passerelle.review.FourEyesException;
import dev.passerelle.review.InvalidReviewException;
import dev.passerelle.review.LeaseHeldException;
import dev.passerelle.review.QaBlockedException;
import dev.passerelle.segment.IllegalTransitionException;
import dev.passerelle.segment.VersionConflictException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the editor's forms answer: after a done action, the segment asked for (the next one, say) with a notice;
 * after a refused one, the editor again with the person's draft, the reason, and the status the API would answer.
 * A stale version shows both texts (the conflict view) instead of overwriting.
 */
@Component
class EditorOutcome {

    private final EditorPage page;

    EditorOutcome(EditorPage page) {
        this.page = page;
    }

    String run(long id, Form form, Runnable action, String done, Model model, RedirectAttributes flash,
               HttpServletResponse response) {
        try {
            action.run();
        } catch (VersionConflictException e) {
            model.addAttribute("conflict",
                    new Conflict(e.yours() != null ? e.yours() : form.draft(), e.current()));
            return refused(id, form, model, response, HttpStatus.CONFLICT, null, null);
        } catch (QaBlockedException e) {
            return refused(id, form, model, response, HttpStatus.UNPROCESSABLE_CONTENT, "workbench.error.qa",
                    String.join("; ", e.issues().stream().map(i -> i.message()).toList()));
        } catch (LeaseHeldException e) {
            return refused(id, form, model, response, HttpStatus.LOCKED, "workbench.error.lease", e.holder());
        } catch (FourEyesException e) {
            return refused(id, form, model, response, HttpStatus.FORBIDDEN, "workbench.error.fourEyes", null);
        } catch (InvalidReviewException | IllegalArgumentException e) {
            return refused(id, form, model, response, HttpStatus.BAD_REQUEST, "workbench.error.invalid",
                    e.getMessage());
        } catch (IllegalTransitionException e) {
            return refused(id, form, model, response, HttpStatus.CONFLICT, "workbench.error.state", e.getMessage());
        }
        flash.addFlashAttribute("notice", done);
        return "redirect:/workbench/segments/" + (form.then() == null ? id : form.then());
    }

    String show(long id, Model model) {
        model.addAttribute("editor", page.of(id));
        return "workbench/editor";
    }

    private String refused(long id, Form form, Model model, HttpServletResponse response, HttpStatus status,
                           String problem, String detail) {
        response.setStatus(status.value());
        model.addAttribute("draft", form.draft());
        model.addAttribute("reason", form.reason());
        if (problem != null) {
            model.addAttribute("problem", problem);
            model.addAttribute("problemDetail", detail);
        }
        return show(id, model);
    }

    /** What a form carried that must survive a refusal: the draft target, a reason, the segment to go to next. */
    record Form(String draft, String reason, Long then) {

        static final Form NONE = new Form(null, null, null);

        static Form goingTo(Long then) {
            return new Form(null, null, then);
        }
    }

    /** A save that lost the race: what the person wrote, and the segment as someone else left it. */
    public record Conflict(String mine, dev.passerelle.segment.Segment theirs) {
    }
}
