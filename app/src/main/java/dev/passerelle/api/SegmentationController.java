package dev.passerelle.api;

import dev.passerelle.segmentation.TextSegmenter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Sentence segmentation of one text with the pipeline's rules, as the {@code segment} command does. */
@RestController
class SegmentationController {

    private final TextSegmenter segmenter;

    SegmentationController(TextSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** {@code text} in {@code lang} (en or fr); the body size limit is {@code passerelle.api.max-body-size}. */
    record SegmentationRequest(@NotNull String lang, @NotBlank String text) {}

    /** The sentences of the text, in order: substrings of it, with only whitespace left out between them. */
    record SegmentationResponse(String lang, List<String> segments) {}

    @PostMapping("/api/segment")
    SegmentationResponse segment(@Valid @RequestBody SegmentationRequest request) {
        String lang = Languages.check("lang", request.lang());
        return new SegmentationResponse(lang, segmenter.segment(request.text(), lang));
    }
}
