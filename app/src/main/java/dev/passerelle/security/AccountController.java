package dev.passerelle.security;

import dev.passerelle.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts: organisers create and list them; anyone signed in can ask who they are. */
@RestController
class AccountController {

    /** Usernames are lower case so that "Alice" and "alice" cannot be two people. */
    record CreateAccountRequest(
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}",
                    message = "2 to 64 lower-case letters, digits, '.', '_' or '-'") String username,
            @NotNull String password,
            @NotNull Role role) {}

    record Me(String username, Role role) {}

    private final Accounts accounts;
    private final AccountRepository repository;

    AccountController(Accounts accounts, AccountRepository repository) {
        this.accounts = accounts;
        this.repository = repository;
    }

    @PostMapping("/api/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    AccountSummary create(@Valid @RequestBody CreateAccountRequest request) {
        return accounts.create(request.username(), request.password(), request.role());
    }

    @GetMapping("/api/accounts")
    List<AccountSummary> list() {
        return repository.summaries();
    }

    @GetMapping("/api/me")
    Me me(Principal principal) {
        return repository.findByUsername(principal.getName())
                .map(account -> new Me(account.username(), account.role()))
                .orElseThrow(() -> new NotFoundException("account", principal.getName()));
    }
}
