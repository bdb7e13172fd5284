package dev.passerelle.security;

import java.time.Instant;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/** A person who signs in; {@code passwordHash} is the encoder's self-describing hash. */
record Account(long id, String username, String passwordHash, Role role, boolean enabled, Instant createdAt) {

    UserDetails toUserDetails() {
        return User.withUsername(username)
                .password(passwordHash)
                .authorities(List.of(new SimpleGrantedAuthority(role.authority())))
                .disabled(!enabled)
                .build();
    }
}
