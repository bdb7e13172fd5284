package dev.passerelle.workbench;

import dev.passerelle.NotFoundException;
import dev.passerelle.security.Role;
import dev.passerelle.event.Events;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every workbench page knows: who is signed in and what they may do, and the UI language. Answers a missing
 * event, session or segment with a page, before the API's problem-JSON handler sees it.
 */
@ControllerAdvice(basePackageClasses = WorkbenchAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkbenchAdvice {

    @ModelAttribute("me")
    Person me(Authentication authentication) {
        return authentication == null ? null : Person.of(authentication);
    }

    @ModelAttribute("uiLang")
    String uiLang(Locale locale) {
        return WorkbenchWebConfig.supported(locale).getLanguage();
    }

    /** Links to this page in each UI language (a form's answer links to the start page instead). */
    @ModelAttribute("uiSwitch")
    Map<String, String> uiSwitch(HttpServletRequest request) {
        boolean get = "GET".equals(request.getMethod());
        String path = get ? request.getRequestURI() : request.getContextPath() + "/workbench";
        var page = UriComponentsBuilder.fromPath(path)
                .query(get ? request.getQueryString() : null);
        var links = new LinkedHashMap<String, String>();
        for (String lang : Events.LANGUAGES) {
            links.put(lang, page.replaceQueryParam(WorkbenchWebConfig.UI_PARAMETER, lang).build().toUriString());
        }
        return links;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model, Authentication authentication, Locale locale,
                    HttpServletRequest request) {
        model.addAttribute("me", me(authentication));
        model.addAttribute("uiLang", uiLang(locale));
        model.addAttribute("uiSwitch", uiSwitch(request));
        model.addAttribute("detail", e.getMessage());
        return "workbench/not-found";
    }

    /** The signed-in person, with the role hierarchy applied (an organiser reviews, a reviewer translates). */
    public record Person(String name, boolean reviewer, boolean organiser) {

        static Person of(Authentication authentication) {
            var authorities = authentication.getAuthorities().stream().map(a -> a.getAuthority()).toList();
            boolean organiser = authorities.contains(Role.ORGANISER.authority());
            return new Person(authentication.getName(),
                    organiser || authorities.contains(Role.REVIEWER.authority()), organiser);
        }
    }
}
