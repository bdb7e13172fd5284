package dev.passerelle.api;

import dev.passerelle.NotFoundException;
import dev.passerelle.glossary.Concept;
import dev.passerelle.glossary.GlossaryScope;
import dev.passerelle.glossary.LanguagePairTerms;
import dev.passerelle.glossary.Property;
import dev.passerelle.glossary.Term;
import dev.passerelle.glossary.TermStatus;
import dev.passerelle.glossary.match.TermHit;
import dev.passerelle.glossary.store.Glossaries;
import dev.passerelle.glossary.store.GlossaryInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Glossaries ({@code shared} or an event's slug): list them, edit their concepts (organisers), read them and find
 * their terms in a text (translators). An event's matches use its effective glossary (its own plus the shared one).
 */
@RestController
@RequestMapping("/api/glossaries")
class GlossaryController {

    /** A BCP 47 language tag, loosely: glossaries may hold languages beyond the program's (TBX imports). */
    static final String LANGUAGE_TAG = "[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*";

    private final Glossaries glossaries;
    private final GlossaryScope.Resolver scopes;

    GlossaryController(Glossaries glossaries, GlossaryScope.Resolver scopes) {
        this.glossaries = glossaries;
        this.scopes = scopes;
    }

    @GetMapping
    List<GlossaryView> list() {
        return glossaries.list().stream().map(info -> GlossaryView.of(scopes.key(info.eventId()), info)).toList();
    }

    @GetMapping("/{glossary}/concepts")
    List<Concept> concepts(@PathVariable String glossary) {
        return glossaries.concepts(scopes.of(glossary).eventId());
    }

    @GetMapping("/{glossary}/concepts/{id}")
    Concept concept(@PathVariable String glossary, @PathVariable String id) {
        return glossaries.concept(scopes.of(glossary).eventId(), id).orElseThrow(() -> new NotFoundException("concept", id));
    }

    @PostMapping("/{glossary}/concepts")
    ResponseEntity<Concept> create(@PathVariable String glossary, @Valid @RequestBody ConceptRequest request) {
        GlossaryScope scope = scopes.of(glossary);
        Concept concept = request.toConcept(request.id());
        glossaries.create(scope.eventId(), scope.newGlossaryName(), concept);
        return ResponseEntity.created(URI.create("/api/glossaries/" + glossary + "/concepts/" + concept.id()))
                .body(concept);
    }

    @PutMapping("/{glossary}/concepts/{id}")
    Concept update(@PathVariable String glossary, @PathVariable String id, @Valid @RequestBody ConceptRequest request) {
        Concept concept = request.toConcept(id);
        if (!glossaries.update(scopes.of(glossary).eventId(), concept)) {
            throw new NotFoundException("concept", id);
        }
        return concept;
    }

    @DeleteMapping("/{glossary}/concepts/{id}")
    ResponseEntity<Void> delete(@PathVariable String glossary, @PathVariable String id) {
        if (!glossaries.delete(scopes.of(glossary).eventId(), id)) {
            throw new NotFoundException("concept", id);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{glossary}/matches")
    List<MatchView> matches(@PathVariable String glossary, @RequestParam @NotBlank @Size(max = 20_000) String text,
                            @RequestParam @Pattern(regexp = LANGUAGE_TAG) String lang) {
        return glossaries.matcher(scopes.of(glossary).eventId()).find(text, lang).stream()
                .map(MatchView::of).toList();
    }

    /** What MT connectors send for a language pair (entries, do-not-translate terms, checksum), to inspect it. */
    @GetMapping("/{glossary}/terms")
    LanguagePairTerms terms(@PathVariable String glossary, @RequestParam @Pattern(regexp = LANGUAGE_TAG) String source,
                            @RequestParam @Pattern(regexp = LANGUAGE_TAG) String target) {
        return glossaries.forPair(scopes.of(glossary).eventId(), source, target);
    }

    record GlossaryView(String key, String name, boolean shared, int concepts, long version) {

        static GlossaryView of(String key, GlossaryInfo info) {
            return new GlossaryView(key, info.name(), info.shared(), info.concepts(), info.version());
        }
    }

    /** A concept as sent by a client; the id may be omitted on PUT (the path's is used). */
    record ConceptRequest(@Size(max = 200) @Pattern(regexp = "[^/?#\\s][^/?#]*") String id,
                          @NotEmpty @Valid List<TermRequest> terms, List<@Valid PropertyRequest> properties) {

        Concept toConcept(String conceptId) {
            if (conceptId == null || conceptId.isBlank()) {
                throw new IllegalArgumentException("A concept needs an id");
            }
            return new Concept(conceptId, properties == null ? List.of()
                    : properties.stream().map(PropertyRequest::toProperty).toList(),
                    terms.stream().map(TermRequest::toTerm).toList());
        }
    }

    record TermRequest(@NotBlank @Pattern(regexp = LANGUAGE_TAG) String lang, @NotBlank @Size(max = 500) String text,
                       @Size(max = 60) String partOfSpeech, TermStatus status, Boolean caseSensitive,
                       Boolean doNotTranslate, String definition, String note, String source,
                       List<@Valid PropertyRequest> properties) {

        Term toTerm() {
            return new Term(lang, text, partOfSpeech, status == null ? TermStatus.PREFERRED : status,
                    Boolean.TRUE.equals(caseSensitive), Boolean.TRUE.equals(doNotTranslate), definition, note, source,
                    properties == null ? List.of() : properties.stream().map(PropertyRequest::toProperty).toList());
        }
    }

    record PropertyRequest(@Pattern(regexp = LANGUAGE_TAG) String lang, @NotBlank @Size(max = 200) String type,
                           String value, String target) {

        Property toProperty() {
            return new Property(lang, type, value, target);
        }
    }

    /** A term found in the text, with what to use for it in the other languages. */
    record MatchView(int start, int end, String text, String concept, String term, TermStatus status,
                     boolean doNotTranslate, Map<String, String> preferred) {

        static MatchView of(TermHit hit) {
            Map<String, String> preferred = new LinkedHashMap<>();
            for (String other : hit.concept().languages()) {
                hit.concept().preferred(other).ifPresent(t -> preferred.putIfAbsent(t.lang(), t.text()));
            }
            return new MatchView(hit.start(), hit.end(), hit.matchedText(), hit.concept().id(), hit.term().text(),
                    hit.term().status(), hit.term().doNotTranslate(), preferred);
        }
    }
}
