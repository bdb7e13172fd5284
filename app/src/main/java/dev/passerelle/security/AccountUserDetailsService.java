package dev.passerelle.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Form login and HTTP Basic against the {@code account} table.
 * Being a {@link UserDetailsService} bean, it also stops Boot from creating its default user.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(Account::toUserDetails)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }
}
