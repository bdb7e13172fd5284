package dev.passerelle.workbench;

import dev.passerelle.NotFoundException;
import dev.passerelle.event.Events;
import dev.passerelle.glossary.Concept;
import dev.passerelle.glossary.GlossaryScope;
import dev.passerelle.glossary.TermStatus;
import dev.passerelle.glossary.exchange.GlossaryExchange;
import dev.passerelle.glossary.exchange.GlossaryFormat;
import dev.passerelle.glossary.store.ConceptExistsException;
import dev.passerelle.glossary.store.Glossaries;
import dev.passerelle.glossary.store.ImportMode;
import dev.passerelle.glossary.store.ImportResult;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A glossary ({@code shared} or an event's) as a page: everyone reads and filters it and downloads its exports;
 * organisers add, edit and delete concepts and import files, through the same {@link Glossaries} as the API.
 */
@Controller
@RequestMapping("/workbench/glossaries/{scope}")
class GlossaryPageController {

    /** A BCP 47 language tag, loosely, as the API accepts it (imports may bring languages beyond en and fr). */
    static final String LANGUAGE_TAG = "[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*";

    private final Glossaries glossaries;
    private final GlossaryExchange exchange;
    private final GlossaryScope.Resolver scopes;

    GlossaryPageController(Glossaries glossaries, GlossaryExchange exchange, GlossaryScope.Resolver scopes) {
        this.glossaries = glossaries;
        this.exchange = exchange;
        this.scopes = scopes;
    }

    @ModelAttribute
    void common(@PathVariable String scope, Model model) {
        model.addAttribute("scope", scopes.of(scope));
        model.addAttribute("languages", Events.LANGUAGES);
        model.addAttribute("statuses", TermStatus.values());
    }

    @GetMapping
    String glossary(@ModelAttribute("scope") GlossaryScope scope, @RequestParam(required = false) String q,
                    @RequestParam(required = false) String status, Model model) {
        model.addAttribute("info", glossaries.find(scope.eventId()).orElse(null));
        model.addAttribute("listing", GlossaryListing.of(glossaries.concepts(scope.eventId()), q, status));
        model.addAttribute("formats", GlossaryFormat.values());
        return "workbench/glossary";
    }

    @GetMapping("/concepts/new")
    String newConcept(Authentication who, Model model) {
        organiserOnly(who);
        model.addAttribute("concept", ConceptForm.blank());
        return "workbench/glossary-concept";
    }

    @GetMapping("/concepts/{id}/edit")
    String edit(@ModelAttribute("scope") GlossaryScope scope, @PathVariable String id, Authentication who,
                Model model) {
        organiserOnly(who);
        model.addAttribute("concept", ConceptForm.of(stored(scope, id)));
        model.addAttribute("editing", id);
        return "workbench/glossary-concept";
    }

    @PostMapping("/concepts")
    String create(@ModelAttribute("scope") GlossaryScope scope, @Valid @ModelAttribute("concept") ConceptForm form,
                  BindingResult errors, Authentication who, HttpServletResponse response, RedirectAttributes flash,
                  Model model) {
        organiserOnly(who);
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                glossaries.create(scope.eventId(), scope.newGlossaryName(), form.toConcept(form.getId(),
                        Optional.empty()));
                return saved(scope, form.getId(), "workbench.glossary.created", flash);
            } catch (ConceptExistsException e) {
                errors.rejectValue("id", "workbench.glossary.error.exists");
                model.addAttribute("existing", form.getId());
                response.setStatus(HttpStatus.CONFLICT.value());
                return "workbench/glossary-concept";
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "workbench/glossary-concept";
    }

    @PostMapping("/concepts/{id}")
    String update(@ModelAttribute("scope") GlossaryScope scope, @PathVariable String id,
                  @Valid @ModelAttribute("concept") ConceptForm form, BindingResult errors, Authentication who,
                  HttpServletResponse response, RedirectAttributes flash, Model model) {
        organiserOnly(who);
        form.validate(errors);
        model.addAttribute("editing", id);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "workbench/glossary-concept";
        }
        if (!glossaries.update(scope.eventId(), form.toConcept(id, Optional.of(stored(scope, id))))) {
            throw new NotFoundException("concept", id);
        }
        return saved(scope, id, "workbench.glossary.updated", flash);
    }

    @PostMapping("/concepts/{id}/delete")
    String delete(@ModelAttribute("scope") GlossaryScope scope, @PathVariable String id, Authentication who,
                  RedirectAttributes flash) {
        organiserOnly(who);
        if (!glossaries.delete(scope.eventId(), id)) {
            throw new NotFoundException("concept", id);
        }
        flash.addFlashAttribute("notice", "workbench.glossary.deleted");
        flash.addFlashAttribute("noticeArguments", List.of(id));
        return "redirect:/workbench/glossaries/" + scope.key();
    }

    /** All or nothing, as through the API; a refused file is shown with the reason on the glossary page. */
    @PostMapping("/import")
    String importFile(@ModelAttribute("scope") GlossaryScope scope, @RequestParam(required = false) MultipartFile file,
                      @RequestParam(defaultValue = "auto") String format, @RequestParam(defaultValue = "merge") String mode,
                      Authentication who, HttpServletResponse response, RedirectAttributes flash, Model model)
            throws IOException {
        organiserOnly(who);
        if (file == null || file.isEmpty()) {
            return importRefused(scope, "workbench.glossary.import.noFile", null, response, model);
        }
        try (InputStream in = file.getInputStream()) {
            var concepts = exchange.read(in, format(format, file.getOriginalFilename()));
            ImportResult result = glossaries.importConcepts(scope.eventId(), scope.newGlossaryName(), concepts,
                    ImportMode.valueOf(mode.strip().toUpperCase(Locale.ROOT)));
            flash.addFlashAttribute("notice", "workbench.glossary.imported");
            flash.addFlashAttribute("noticeArguments", List.of(concepts.size(), result.created(), result.updated(),
                    result.deleted()));
            return "redirect:/workbench/glossaries/" + scope.key();
        } catch (IllegalArgumentException e) {
            return importRefused(scope, "workbench.glossary.import.refused", e.getMessage(), response, model);
        }
    }

    /** The format chosen, or for "auto" the file's extension: .csv, .tsv/.tab/.txt, else TBX (any version). */
    static GlossaryFormat format(String chosen, String fileName) {
        if (!"auto".equals(chosen)) {
            return GlossaryFormat.fromParam(chosen);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return GlossaryFormat.CSV;
        }
        return name.endsWith(".tsv") || name.endsWith(".tab") || name.endsWith(".txt") ? GlossaryFormat.TSV
                : GlossaryFormat.TBX;
    }

    private String importRefused(GlossaryScope scope, String problem, String detail, HttpServletResponse response,
                                 Model model) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("problem", problem);
        model.addAttribute("problemDetail", detail);
        return glossary(scope, null, null, model);
    }

    private Concept stored(GlossaryScope scope, String id) {
        return glossaries.concept(scope.eventId(), id).orElseThrow(() -> new NotFoundException("concept", id));
    }

    private static String saved(GlossaryScope scope, String id, String notice, RedirectAttributes flash) {
        flash.addFlashAttribute("notice", notice);
        flash.addFlashAttribute("noticeArguments", List.of(id));
        return "redirect:/workbench/glossaries/" + scope.key();
    }

    /** Reading is for every workbench user; changing a glossary is the organisers' (as in the API). */
    private static void organiserOnly(Authentication who) {
        if (!WorkbenchAdvice.Person.of(who).organiser()) {
            throw new AccessDeniedException("Only organisers edit glossaries");
        }
    }
}
