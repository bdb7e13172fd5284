package dev.passerelle.api;

import dev.passerelle.pipeline.PipelineFailures;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Work the pipeline parked after retries: list it, re-run it. */
@RestController
@RequestMapping("/api/pipeline/failures")
class PipelineController {

    private final PipelineFailures failures;

    PipelineController(PipelineFailures failures) {
        this.failures = failures;
    }

    @GetMapping
    List<PipelineFailures.Failure> list() {
        return failures.list(500);
    }

    @PostMapping("/{kind}/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void retry(@PathVariable String kind, @PathVariable long id) {
        failures.retry(kind, id);
    }
}
