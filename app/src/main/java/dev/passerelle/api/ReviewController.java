package dev.passerelle.api;

import dev.passerelle.review.BulkApproval;
import dev.passerelle.review.ReviewPolicies;
import dev.passerelle.review.ReviewPolicy;
import dev.passerelle.review.ReviewProgress;
import dev.passerelle.review.ReviewQueueSearch;
import dev.passerelle.review.ReviewQueueSearch.QueueQuery;
import dev.passerelle.review.check.QaReport;
import dev.passerelle.segment.SegmentState;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An event's review: the filtered queue, progress per session and language, blockers, bulk approval, policies. */
@RestController
class ReviewController {

    private final ReviewQueueSearch queue;
    private final ReviewProgress progress;
    private final BulkApproval bulk;
    private final ReviewPolicies policies;

    ReviewController(ReviewQueueSearch queue, ReviewProgress progress, BulkApproval bulk, ReviewPolicies policies) {
        this.queue = queue;
        this.progress = progress;
        this.bulk = bulk;
        this.policies = policies;
    }

    @GetMapping("/api/events/{event}/review-queue")
    QueuePage queue(@PathVariable String event, @RequestParam(required = false) Long session,
                    @RequestParam(required = false) String lang, @RequestParam(required = false) SegmentState state,
                    @RequestParam(required = false) @Pattern(regexp = "ok|warning|blocking") String qa,
                    @RequestParam(required = false) String assignee, @RequestParam(defaultValue = "0") long after,
                    @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        var page = queue.find(new QueueQuery(event, session, Languages.check("lang", lang), state, qa, assignee, after,
                limit));
        return new QueuePage(page.items().stream().map(item -> new QueueItem(SegmentView.of(item.segment()),
                item.qa().status(), item.qa(), item.leaseHolder())).toList(), page.next());
    }

    @GetMapping("/api/events/{event}/progress")
    List<ReviewProgress.SessionProgress> progress(@PathVariable String event) {
        return progress.progress(event);
    }

    @GetMapping("/api/events/{event}/blockers")
    List<ReviewProgress.Blocker> blockers(@PathVariable String event) {
        return progress.blockers(event);
    }

    @PostMapping("/api/events/{event}/bulk-approve")
    BulkApproval.Result bulkApprove(@PathVariable String event, @RequestBody @Validated BulkRequest request,
                                    Principal who) {
        return bulk.approve(event, request.rule(), request.session(), Languages.check("lang", request.lang()),
                who.getName());
    }

    @GetMapping("/api/events/{event}/review-policy")
    Map<String, ReviewPolicy> policies(@PathVariable String event) {
        return policies.of(event);
    }

    @PutMapping("/api/events/{event}/review-policy/{lang}")
    Map<String, ReviewPolicy> setPolicy(@PathVariable String event, @PathVariable String lang,
                                        @RequestBody @Validated PolicyChoice request) {
        return policies.set(event, Languages.check("lang", lang), request.policy());
    }

    record QueueItem(SegmentView segment, String qaStatus, QaReport qa, String leaseHolder) {
    }

    /** {@code next}: pass as {@code after} for the next page; absent at the end. */
    record QueuePage(List<QueueItem> items, Long next) {
    }

    record BulkRequest(@NotNull BulkApproval.Rule rule, Long session, String lang) {
    }

    record PolicyChoice(@NotNull ReviewPolicy policy) {
    }
}
