package dev.passerelle.workbench;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page, in the workbench's style and languages. Spring Security handles its POST; it comes back here
 * with {@code ?error} after a refused sign-in and {@code ?logout} after signing out. Public for the security
 * configuration's tests, which sign in through it.
 */
@Controller
public class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 Model model) {
        model.addAttribute("refused", error != null);
        model.addAttribute("signedOut", logout != null);
        return "login";
    }
}
