package dev.passerelle.api;

import dev.passerelle.review.Lease;
import dev.passerelle.review.Leases;
import dev.passerelle.security.Role;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Leases: claim a session's segments in a language (or a batch), list, renew and release them. */
@RestController
class LeaseController {

    private final Leases leases;

    LeaseController(Leases leases) {
        this.leases = leases;
    }

    @PostMapping("/api/leases")
    ResponseEntity<Lease> claim(@RequestBody @Validated Claim request, Authentication who) {
        Lease lease = request.segmentIds() != null && !request.segmentIds().isEmpty()
                ? leases.claimSegments(request.segmentIds(), who.getName(), request.duration())
                : leases.claimSession(required(request.sessionId()), Languages.check("lang", required(request.lang())),
                        who.getName(), request.duration());
        return ResponseEntity.created(URI.create("/api/leases/" + lease.leaseId())).body(lease);
    }

    @GetMapping("/api/leases")
    List<Lease> current(@RequestParam(required = false) Long session, @RequestParam(required = false) String lang) {
        return leases.current(session, Languages.check("lang", lang));
    }

    @PostMapping("/api/leases/{leaseId}/renew")
    Lease renew(@PathVariable String leaseId, @RequestBody(required = false) Renewal request, Authentication who) {
        return leases.renew(leaseId, who.getName(), request == null ? null : request.duration());
    }

    /** The holder releases; a reviewer may release anyone's lease (abandoned work). */
    @DeleteMapping("/api/leases/{leaseId}")
    ResponseEntity<Void> release(@PathVariable String leaseId, Authentication who) {
        boolean reviewer = who.getAuthorities().stream().anyMatch(granted -> granted.getAuthority()
                .equals(Role.REVIEWER.authority()) || granted.getAuthority().equals(Role.ORGANISER.authority()));
        leases.release(leaseId, who.getName(), reviewer);
        return ResponseEntity.noContent().build();
    }

    private static <T> T required(T value) {
        if (value == null) {
            throw new IllegalArgumentException("name either segmentIds, or sessionId and lang");
        }
        return value;
    }

    /** Either segmentIds, or sessionId and lang; minutes: how long (default: passerelle.review.lease.duration). */
    record Claim(Long sessionId, String lang, List<Long> segmentIds, @Positive Integer minutes) {

        Duration duration() {
            return minutes == null ? null : Duration.ofMinutes(minutes);
        }
    }

    record Renewal(@Positive Integer minutes) {

        Duration duration() {
            return minutes == null ? null : Duration.ofMinutes(minutes);
        }
    }
}
