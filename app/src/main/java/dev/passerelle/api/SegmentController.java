package dev.passerelle.api;

import dev.passerelle.review.ReviewDecisions;
import dev.passerelle.review.SegmentDetails;
import dev.passerelle.segment.Segment;
import dev.passerelle.segment.SegmentRepository;
import dev.passerelle.segment.SegmentRepository.SegmentQuery;
import dev.passerelle.segment.SegmentState;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The review queue: list an event's segments, read one, edit its target, approve or reject it (with If-Match). */
@RestController
@Validated
class SegmentController {

    private final SegmentRepository segments;
    private final ReviewDecisions decisions;
    private final SegmentDetails details;

    SegmentController(SegmentRepository segments, ReviewDecisions decisions, SegmentDetails details) {
        this.segments = segments;
        this.decisions = decisions;
        this.details = details;
    }

    @GetMapping("/api/events/{event}/segments")
    ResponseEntity<List<SegmentView>> list(@PathVariable String event, @RequestParam(required = false) String lang,
                                           @RequestParam(required = false) SegmentState state,
                                           @RequestParam(required = false) Long session,
                                           @RequestParam(defaultValue = "0") long after,
                                           @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit) {
        List<SegmentView> page = segments.list(new SegmentQuery(event, Languages.check("lang", lang), state, session,
                after, limit)).stream().map(SegmentView::of).toList();
        var response = ResponseEntity.ok();
        if (page.size() == limit) {
            response.header(HttpHeaders.LINK, "</api/events/" + event + "/segments?after=" + page.getLast().id()
                    + "&limit=" + limit + (lang == null ? "" : "&lang=" + lang) + (state == null ? "" : "&state=" + state)
                    + (session == null ? "" : "&session=" + session) + ">; rel=\"next\"");
        }
        return response.body(page);
    }

    @GetMapping("/api/segments/{id}")
    ResponseEntity<SegmentDetails.Details> get(@PathVariable long id) {
        SegmentDetails.Details found = details.of(id);
        return ResponseEntity.ok().eTag(Long.toString(found.segment().version())).body(found);
    }

    @PutMapping("/api/segments/{id}")
    ResponseEntity<SegmentView> edit(@PathVariable long id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
                                     @RequestBody EditTarget request, Principal who) {
        return written(decisions.edit(id, Versions.parse(ifMatch), request.target(), who.getName()));
    }

    @PostMapping("/api/segments/{id}/approve")
    ResponseEntity<SegmentView> approve(@PathVariable long id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
                                        Principal who) {
        return written(decisions.approve(id, Versions.parse(ifMatch), who.getName()));
    }

    @PostMapping("/api/segments/{id}/reject")
    ResponseEntity<SegmentView> reject(@PathVariable long id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
                                       @RequestBody RejectSegment request, Principal who) {
        return written(decisions.reject(id, Versions.parse(ifMatch), request.reason(), who.getName()));
    }

    @GetMapping("/api/segments/{id}/history")
    List<SegmentRepository.HistoryEntry> history(@PathVariable long id) {
        segments.get(id);
        return segments.history(id);
    }

    @PostMapping("/api/segments/{id}/revert")
    ResponseEntity<SegmentView> revert(@PathVariable long id, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
                                       @RequestBody @Validated RevertSegment request, Principal who) {
        return written(decisions.revert(id, Versions.parse(ifMatch), request.historyId(), request.reason(),
                who.getName()));
    }

    private static ResponseEntity<SegmentView> written(Segment segment) {
        return ResponseEntity.ok().eTag(Long.toString(segment.version())).body(SegmentView.of(segment));
    }

    record EditTarget(String target) {
    }

    record RejectSegment(String reason) {
    }

    record RevertSegment(@NotNull Long historyId, String reason) {
    }
}
