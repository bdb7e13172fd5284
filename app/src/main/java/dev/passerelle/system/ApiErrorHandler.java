package dev.passerelle.system;

import dev.passerelle.NotFoundException;
import dev.passerelle.event.EventExistsException;
import dev.passerelle.glossary.exchange.GlossaryFileTooLargeException;
import dev.passerelle.glossary.store.ConceptExistsException;
import dev.passerelle.intake.InvalidSubmissionException;
import dev.passerelle.review.FourEyesException;
import dev.passerelle.review.InvalidReviewException;
import dev.passerelle.review.LeaseHeldException;
import dev.passerelle.review.QaBlockedException;
import dev.passerelle.segment.IllegalTransitionException;
import dev.passerelle.segment.VersionConflictException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Maps the domain's exceptions to RFC 9457 problem details, once for every API controller. */
@RestControllerAdvice
class ApiErrorHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler({InvalidSubmissionException.class, InvalidReviewException.class, IllegalArgumentException.class})
    ProblemDetail invalid(RuntimeException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
        if (e instanceof InvalidSubmissionException submission) {
            problem.setProperty("field", submission.field());
        }
        return problem;
    }

    @ExceptionHandler({dev.passerelle.intake.program.InvalidProgramException.class,
            dev.passerelle.review.xliff.InvalidXliffException.class, dev.passerelle.mt.tm.tmx.InvalidTmxException.class})
    ProblemDetail unreadable(RuntimeException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Unreadable file", e.getMessage());
    }

    @ExceptionHandler(dev.passerelle.review.xliff.XliffRefusedException.class)
    ProblemDetail outdated(dev.passerelle.review.xliff.XliffRefusedException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Sources changed since export", e.getMessage());
        problem.setProperty("units", e.units());
        return problem;
    }

    @ExceptionHandler({EventExistsException.class, ConceptExistsException.class})
    ProblemDetail exists(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "Already exists", e.getMessage());
    }

    @ExceptionHandler(VersionConflictException.class)
    ResponseEntity<ProblemDetail> conflict(VersionConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Version conflict", e.getMessage());
        problem.setProperty("currentVersion", e.current().version());
        problem.setProperty("current", e.current());
        if (e.yours() != null) {
            problem.setProperty("yours", java.util.Map.of("target", e.yours(), "version", e.expectedVersion()));
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).eTag(Long.toString(e.current().version())).body(problem);
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail transition(IllegalTransitionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Not allowed in this state", e.getMessage());
        problem.setProperty("state", e.from().name());
        return problem;
    }

    // A glossary file past the limit is also an IllegalArgumentException: the more specific handler here wins.
    @ExceptionHandler({RequestSizeLimit.BodyTooLargeException.class, GlossaryFileTooLargeException.class})
    ProblemDetail tooLarge(RuntimeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Content Too Large", e.getMessage());
    }

    @ExceptionHandler(LeaseHeldException.class)
    ProblemDetail leased(LeaseHeldException e) {
        ProblemDetail problem = problem(HttpStatus.LOCKED, "Claimed by someone else", e.getMessage());
        problem.setProperty("holder", e.holder());
        problem.setProperty("expiresAt", e.expiresAt());
        problem.setProperty("segmentId", e.segmentId());
        return problem;
    }

    @ExceptionHandler(QaBlockedException.class)
    ProblemDetail blocked(QaBlockedException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Blocking QA issues", e.getMessage());
        problem.setProperty("issues", e.issues());
        return problem;
    }

    @ExceptionHandler(FourEyesException.class)
    ProblemDetail fourEyes(FourEyesException e) {
        return problem(HttpStatus.FORBIDDEN, "Four-eyes review", e.getMessage());
    }

    @ExceptionHandler(UncheckedIOException.class)
    ProblemDetail unavailable(UncheckedIOException e) {
        log.warn("Backend unavailable: {}", e.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Temporarily unavailable", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(
            org.springframework.web.bind.ServletRequestBindingException e, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (e instanceof MissingRequestHeaderException missing && HttpHeaders.IF_MATCH.equals(missing.getHeaderName())) {
            return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).body(problem(HttpStatus.PRECONDITION_REQUIRED,
                    "If-Match required", "Send the segment's version in If-Match, so a concurrent change is never "
                            + "overwritten silently"));
        }
        return super.handleServletRequestBindingException(e, headers, status, request);
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
