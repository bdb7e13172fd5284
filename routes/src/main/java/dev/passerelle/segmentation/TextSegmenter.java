package dev.passerelle.segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.sf.okapi.common.Range;
import net.sf.okapi.common.resource.TextContainer;
import org.springframework.stereotype.Component;

/**
 * Cuts plain text into sentences with the configured SRX rules: each sentence is a substring of the text, and only
 * whitespace lies between them and around them. Thread-safe.
 */
@Component
public class TextSegmenter {

    /** The languages plain text can be segmented in. */
    public static final Set<String> LANGUAGES = Set.of("en", "fr");

    private final SentenceSplitter splitter;

    public TextSegmenter(SegmentationProperties properties) {
        this.splitter = new SentenceSplitter(properties.rules());
    }

    /** The sentences of {@code text} in {@code lang} ("en" or "fr"), in order; none for blank text. */
    public List<String> segment(String text, String lang) {
        if (!LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("Unsupported language '" + lang + "': expected one of " + LANGUAGES);
        }
        List<String> sentences = new ArrayList<>();
        for (Range range : splitter.ranges(new TextContainer(text), lang)) {
            sentences.add(text.substring(range.start, range.end));
        }
        return sentences;
    }
}
