package dev.passerelle.api;

import dev.passerelle.review.Suggestion;
import dev.passerelle.review.Suggestions;
import dev.passerelle.segment.Segment;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Suggestions of a segment: list them side by side, propose one, accept one (If-Match: the segment's version). */
@RestController
class SuggestionController {

    private final Suggestions suggestions;

    SuggestionController(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping("/api/segments/{id}/suggestions")
    List<Suggestion> list(@PathVariable long id) {
        return suggestions.of(id);
    }

    @PostMapping("/api/segments/{id}/suggestions")
    ResponseEntity<Suggestion> submit(@PathVariable long id, @RequestBody @Validated Proposal request, Principal who) {
        Suggestion created = suggestions.submit(id, request.target(), request.comment(), who.getName());
        return ResponseEntity.created(URI.create("/api/segments/" + id + "/suggestions/" + created.id())).body(created);
    }

    @PostMapping("/api/segments/{id}/suggestions/{suggestionId}/accept")
    ResponseEntity<SegmentView> accept(@PathVariable long id, @PathVariable long suggestionId,
                                       @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, Principal who) {
        Segment changed = suggestions.accept(id, suggestionId, Versions.parse(ifMatch), who.getName());
        return ResponseEntity.ok().eTag(Long.toString(changed.version())).body(SegmentView.of(changed));
    }

    record Proposal(@NotBlank String target, String comment) {
    }
}
