package dev.passerelle.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/** Answers 401 and 403 for API paths as RFC 9457 problem details, never a login page or a redirect. */
final class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** A problem document with the members API clients can rely on. */
    record Problem(String type, String title, int status, String detail, String instance) {}

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // Bearer only: a Basic challenge would make browsers prompt, then replay the credentials cross-site.
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"passerelle\"");
        String detail = e instanceof InsufficientAuthenticationException
                ? "Sign in, or send an Authorization header with a personal access token (Bearer) or HTTP Basic"
                : e.getMessage();
        write(request, response, HttpStatus.UNAUTHORIZED, detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        String detail = e instanceof CsrfException
                ? "Missing or invalid CSRF token"
                : "Your role does not allow this request";
        write(request, response, HttpStatus.FORBIDDEN, detail);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        var problem = new Problem("about:blank", status.getReasonPhrase(), status.value(), detail,
                request.getRequestURI());
        JsonMapper.shared().writeValue(response.getOutputStream(), problem);
    }
}
