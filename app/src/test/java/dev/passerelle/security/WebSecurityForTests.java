package dev.passerelle.security;

import org.mockito.Mockito;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The real security rules, for slice tests of other features' controllers (pages), without a database: tests
 * sign in with {@code SecurityMockMvcRequestPostProcessors.user(…)}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfig.class, AccountUserDetailsService.class})
public class WebSecurityForTests {

    @Bean
    AccessTokens accessTokens() {
        return Mockito.mock(AccessTokens.class);
    }

    @Bean
    AccountRepository accountRepository() {
        return Mockito.mock(AccountRepository.class);
    }
}
