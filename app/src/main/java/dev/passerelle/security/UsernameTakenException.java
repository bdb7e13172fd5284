package dev.passerelle.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An account with this username already exists: 409. */
class UsernameTakenException extends ErrorResponseException {

    UsernameTakenException(String username) {
        super(HttpStatus.CONFLICT,
                ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The username '" + username + "' is taken"),
                null);
    }
}
