package dev.passerelle.workbench;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page, in the workbench's style and languages. Spring Security handles its POST; it comes back here
 * with {@code ?error} after a refused sign-in and {@code ?logout} after signing out.
 */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
