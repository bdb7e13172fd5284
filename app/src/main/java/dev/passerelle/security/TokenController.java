package dev.passerelle.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own personal access tokens: create (secret shown once), list, revoke. */
@RestController
class TokenController {

    /** {@code expiresInDays} absent: the token does not expire. */
    record CreateTokenRequest(@NotBlank @Size(max = 100) String name, @Positive @Max(3650) Integer expiresInDays) {}

    private final AccessTokens tokens;

    TokenController(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/api/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken create(@Valid @RequestBody CreateTokenRequest request, Principal principal) {
        return tokens.issue(principal.getName(), request.name(), request.expiresInDays());
    }

    @GetMapping("/api/tokens")
    List<AccessToken> list(Principal principal) {
        return tokens.ownedBy(principal.getName());
    }

    @DeleteMapping("/api/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable long id, Principal principal) {
        tokens.revoke(principal.getName(), id);
    }
}
