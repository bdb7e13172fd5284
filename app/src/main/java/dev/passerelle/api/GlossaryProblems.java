package dev.passerelle.api;

import dev.passerelle.glossary.exchange.GlossaryFileTooLargeException;
import dev.passerelle.glossary.store.ConceptExistsException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The glossary module's own exceptions as problem details (the rest, such as invalid files, are the
 * IllegalArgumentExceptions that ApiErrorHandler answers with 400).
 */
// Before ApiErrorHandler, which answers every IllegalArgumentException (this too-large one included) with 400.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {GlossaryController.class, GlossaryFileController.class})
class GlossaryProblems {

    @ExceptionHandler(ConceptExistsException.class)
    ProblemDetail exists(ConceptExistsException e) {
        return problem(HttpStatus.CONFLICT, "Already exists", e);
    }

    @ExceptionHandler(GlossaryFileTooLargeException.class)
    ProblemDetail tooLarge(GlossaryFileTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Content Too Large", e);
    }

    private static ProblemDetail problem(HttpStatus status, String title, RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(title);
        return problem;
    }
}
