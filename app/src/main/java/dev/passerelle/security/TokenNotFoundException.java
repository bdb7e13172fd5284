package dev.passerelle.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No token with this id belongs to the caller: 404, whether it exists for someone else or not at all. */
class TokenNotFoundException extends ErrorResponseException {

    TokenNotFoundException(long id) {
        super(HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "You have no access token " + id), null);
    }
}
