package dev.passerelle.api;

import dev.passerelle.review.FourEyesException;
import dev.passerelle.review.LeaseHeldException;
import dev.passerelle.review.QaBlockedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem details for the review rules: a lease held by someone else, blocking QA issues, the four-eyes policy. */
@RestControllerAdvice
class ReviewErrorHandler {

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

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
