package dev.passerelle.program;

import dev.passerelle.NotFoundException;
import dev.passerelle.search.Facet;
import dev.passerelle.search.SessionQuery;
import dev.passerelle.search.SessionSearch;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The public program in one language: schedule, session pages and search, server-rendered (no JavaScript needed). */
@Controller
@RequestMapping("/{event}/{lang:en|fr}")
class ProgramController {

    private static final int PAGE = 20;

    private final Programs programs;
    private final SessionSearch search;
    private final ProgramLabels labels;

    ProgramController(Programs programs, SessionSearch search, ProgramLabels labels) {
        this.programs = programs;
        this.search = search;
        this.labels = labels;
    }

    @ModelAttribute
    void page(@PathVariable String lang, HttpServletRequest request, Model model) {
        ProgramPage.describe(request, lang, labels, model);
    }

    @GetMapping({"", "/"})
    String schedule(@PathVariable String event, @PathVariable String lang,
                    @RequestParam(required = false) String track, @RequestParam(required = false) String room,
                    Model model) {
        Program program = programs.program(event, lang);
        model.addAttribute("program", program.only(blankToNull(track), blankToNull(room)));
        model.addAttribute("all", program);
        model.addAttribute("track", track);
        model.addAttribute("room", room);
        return "program/schedule";
    }

    @GetMapping("/sessions/{id}")
    String session(@PathVariable String event, @PathVariable String lang, @PathVariable long id, Model model) {
        model.addAttribute("program", programs.outline(event, lang));
        model.addAttribute("current", programs.session(event, lang, id));
        return "program/session";
    }

    @GetMapping("/search")
    String search(@PathVariable String event, @PathVariable String lang, @RequestParam(defaultValue = "") String q,
                  @RequestParam(required = false) String after, @RequestParam MultiValueMap<String, String> params,
                  HttpServletRequest request, Model model) {
        model.addAttribute("program", programs.outline(event, lang));
        model.addAttribute("q", q);
        if (!q.isBlank()) {
            var filters = Facet.filters(params);
            SessionSearch.SearchResult result = search.search(new SessionQuery(q, lang, event, filters, PAGE, after));
            model.addAttribute("result", result);
            model.addAttribute("facets", SearchFacets.of(result, filters, request, lang, labels));
            model.addAttribute("resultsLabel", labels.format(lang, "search.results", result.total()));
            model.addAttribute("nextUrl", result.next() == null ? null : SearchFacets.nextPage(request, result.next()));
        }
        return "program/search";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(HttpServletRequest request, Model model) {
        ProgramPage.describe(request, ProgramPage.langOf(request), labels, model);
        model.addAttribute("message", labels.of(ProgramPage.langOf(request)).get("notfound.text"));
        return "program/not-found";
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(IllegalArgumentException e, HttpServletRequest request, Model model) {
        ProgramPage.describe(request, ProgramPage.langOf(request), labels, model);
        model.addAttribute("message", e.getMessage());
        return "program/not-found";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
