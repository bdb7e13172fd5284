package dev.passerelle.segmentation;

import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.filterwriter.GenericContent;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import org.springframework.stereotype.Component;

/**
 * Cuts a Markdown field into translatable sentences (structure and inline markup kept out as codes) and puts
 * translated sentences back into the same Markdown. Thread-safe.
 */
@Component
public class MarkdownSegmenter {

    private static final List<String> LANGS = List.of("en", "fr", "mixed");
    // Until a paragraph says otherwise, mixed text is taken as English.
    private static final String FIRST_FALLBACK = "en";

    private final MarkdownCodec codec = new MarkdownCodec();
    private final ParagraphLanguage languages = new ParagraphLanguage();
    private final SentenceSplitter splitter;

    public MarkdownSegmenter(SegmentationProperties properties) {
        this.splitter = new SentenceSplitter(properties.rules());
    }

    /** The sentences of {@code markdown}; {@code lang} is "en", "fr" or "mixed" (detected per paragraph). */
    public List<Segment> segment(String markdown, String lang) {
        requireKnown(lang);
        List<Slot> slots = slots(codec.read(markdown), lang);
        List<Segment> segments = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            segments.add(new Segment(i, slots.get(i).lang(), slots.get(i).letterCoded()));
        }
        return segments;
    }

    /**
     * {@code markdown} with segment i of {@code segment(markdown, lang)} replaced by {@code outputs.get(i)}
     * (letter-coded). Refuses outputs whose inline codes differ from their segment's.
     */
    public String assemble(String markdown, String lang, List<String> outputs) {
        requireKnown(lang);
        MarkdownCodec.Extraction extraction = codec.read(markdown);
        List<Slot> slots = slots(extraction, lang);
        if (outputs.size() != slots.size()) {
            throw new IllegalArgumentException(
                    "Expected " + slots.size() + " outputs, one per segment, but got " + outputs.size());
        }
        for (int i = 0; i < slots.size(); i++) {
            InlineCodes.check(i, slots.get(i).letterCoded(), outputs.get(i));
        }
        for (int i = 0; i < slots.size(); i++) {
            GenericContent.fromLetterCodedToFragment(outputs.get(i), slots.get(i).content(), true, true);
        }
        return codec.write(extraction);
    }

    private static void requireKnown(String lang) {
        if (!LANGS.contains(lang)) {
            throw new IllegalArgumentException("Unsupported language '" + lang + "': expected one of " + LANGS);
        }
    }

    private List<Slot> slots(MarkdownCodec.Extraction extraction, String lang) {
        List<Slot> slots = new ArrayList<>();
        String previous = FIRST_FALLBACK;
        for (TextContainer source : extraction.translatableSources()) {
            String unitLang = lang;
            if (lang.equals("mixed")) {
                unitLang = languages.detect(source.getUnSegmentedContentCopy().getText()).orElse(previous);
                previous = unitLang;
            }
            splitter.splitMarkdown(source, unitLang);
            for (var segment : source.getSegments()) {
                // A segment of codes alone (an image, a line break) has nothing to translate.
                if (!segment.text.getText().isBlank()) {
                    slots.add(new Slot(segment.text, unitLang));
                }
            }
        }
        return slots;
    }

    /** A segment's live Okapi content, to read or replace, and its language. */
    private record Slot(TextFragment content, String lang) {

        String letterCoded() {
            return GenericContent.fromFragmentToLetterCoded(content, true);
        }
    }
}
