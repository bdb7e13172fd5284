package dev.passerelle.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what: the one place for authorization rules, authentication (form login, HTTP Basic,
 * Bearer personal access tokens) and CSRF. Roles nest: ORGANISER > REVIEWER > TRANSLATOR.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final String ORGANISER = Role.ORGANISER.name();
    private static final String REVIEWER = Role.REVIEWER.name();
    private static final String TRANSLATOR = Role.TRANSLATOR.name();

    /** Paths answered with problem JSON rather than the login page. */
    private static final RequestMatcher API = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern("/api/**"), PathPatternRequestMatcher.pathPattern("/actuator/**"));

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccessTokens tokens) throws Exception {
        var problems = new ApiProblemResponses();
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(GET, "/api/search", "/actuator/health/**", "/actuator/info", "/").permitAll()
                        .requestMatchers("/css/**", "/js/**", "/favicon.ico", "/error", "/login").permitAll()
                        .requestMatchers(POST, "/api/events", "/api/events/*/sessions",
                                "/api/events/*/sessions/*/retry", "/api/pipeline/failures/**", "/api/admin/**")
                        .hasRole(ORGANISER)
                        .requestMatchers(GET, "/api/pipeline/failures").hasRole(ORGANISER)
                        .requestMatchers("/api/events/*/mt", "/api/events/*/mt/**").hasRole(ORGANISER)
                        // Program: withdraw / restore a session's publication.
                        .requestMatchers(DELETE, "/api/events/*/sessions/*/publication").hasRole(ORGANISER)
                        .requestMatchers(PUT, "/api/events/*/sessions/*/publication").hasRole(ORGANISER)
                        // Exchange (issue 9): programs and memory imports for organisers, XLIFF for translators.
                        .requestMatchers("/api/events/*/program/**", "/api/events/*/program").hasRole(ORGANISER)
                        .requestMatchers(POST, "/api/tm/tmx").hasRole(ORGANISER)
                        .requestMatchers(GET, "/api/tm/tmx").hasRole(TRANSLATOR)
                        .requestMatchers("/api/events/*/xliff", "/api/events/*/xliff/**").hasRole(TRANSLATOR)
                        .requestMatchers("/api/accounts/**", "/actuator/**").hasRole(ORGANISER)
                        .requestMatchers(POST, "/api/segments/*/approve", "/api/segments/*/reject").hasRole(REVIEWER)
                        // Human review: organisers configure, reviewers decide, translators work.
                        .requestMatchers(PUT, "/api/events/*/qa-checks/*", "/api/events/*/review-policy/*")
                        .hasRole(ORGANISER)
                        .requestMatchers(POST, "/api/segments/*/revert", "/api/segments/*/suggestions/*/accept",
                                "/api/events/*/bulk-approve").hasRole(REVIEWER)
                        .requestMatchers(POST, "/api/segments/*/qa", "/api/segments/*/autofix",
                                "/api/segments/*/suggestions", "/api/leases", "/api/leases/*/renew").hasRole(TRANSLATOR)
                        .requestMatchers(GET, "/api/leases").hasRole(TRANSLATOR)
                        .requestMatchers(DELETE, "/api/leases/*").hasRole(TRANSLATOR)
                        .requestMatchers(PUT, "/api/segments/*").hasRole(TRANSLATOR)
                        .requestMatchers(GET, "/api/events/**", "/api/segments/**", "/api/me").hasRole(TRANSLATOR)
                        .requestMatchers(POST, "/api/segment").hasRole(TRANSLATOR)
                        .requestMatchers("/api/tokens/**").hasRole(TRANSLATOR)
                        // Glossaries: translators read them (and find terms), organisers edit and import.
                        .requestMatchers(GET, "/api/glossaries", "/api/glossaries/**").hasRole(TRANSLATOR)
                        .requestMatchers("/api/glossaries", "/api/glossaries/**").hasRole(ORGANISER)
                        .requestMatchers("/api/**").authenticated()
                        // The workbench (pages): organisers publish, reviewers decide, translators edit.
                        .requestMatchers("/workbench/events/*/dashboard", "/workbench/events/*/sessions/*/publish")
                        .hasRole(ORGANISER)
                        .requestMatchers(POST, "/workbench/segments/*/approve", "/workbench/segments/*/reject",
                                "/workbench/segments/*/revert", "/workbench/segments/*/suggestions/*/accept",
                                "/workbench/events/*/bulk-approve")
                        .hasRole(REVIEWER)
                        .requestMatchers("/workbench", "/workbench/**").hasRole(TRANSLATOR)
                        // Published program pages, /{event}/en/… and /{event}/fr/…: after the API rules, so
                        // "/*" can never open an API or actuator path.
                        .requestMatchers(GET, "/*/en/**", "/*/fr/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfig::cannotBeForged))
                .requestCache(cache -> cache.requestCache(browserPagesOnly()))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(problems, API)
                        .defaultAccessDeniedHandlerFor(problems, API));
        return http.build();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(ORGANISER).implies(REVIEWER)
                .role(REVIEWER).implies(TRANSLATOR)
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Requests that need no CSRF token: those carrying Bearer or Basic credentials (which a cross-site page cannot
     * add, and which are rejected when wrong), and API calls without a session, which can only be anonymous and
     * so should get the 401 that tells them to authenticate, not a CSRF 403. The login form always needs one.
     */
    private static boolean cannotBeForged(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean byHeader = header != null
                && (header.regionMatches(true, 0, BearerTokenFilter.BEARER, 0, BearerTokenFilter.BEARER.length())
                        || header.regionMatches(true, 0, "Basic ", 0, "Basic ".length()));
        return byHeader || (API.matches(request) && request.getSession(false) == null);
    }

    /** Remembers a page to return to after login, but never creates a session for an API call. */
    private static HttpSessionRequestCache browserPagesOnly() {
        var cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new AndRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(GET, "/**"), new NegatedRequestMatcher(API)));
        return cache;
    }
}
