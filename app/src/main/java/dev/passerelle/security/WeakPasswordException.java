package dev.passerelle.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A password that {@link PasswordPolicy} refuses: 400. */
class WeakPasswordException extends ErrorResponseException {

    WeakPasswordException(String detail) {
        super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail), null);
    }
}
