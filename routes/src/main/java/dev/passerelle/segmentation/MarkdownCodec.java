package dev.passerelle.segmentation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.markdown.MarkdownFilter;
import net.sf.okapi.filters.markdown.Parameters;

/**
 * Reads Markdown (or plain text) into Okapi events with Passerelle's filter settings and writes the events
 * back as Markdown; thread-safe.
 */
final class MarkdownCodec {

    // Bare URLs are plain text to CommonMark; a code keeps them away from MT. Trailing punctuation stays text.
    private static final String BARE_URL = "https?://[^\\s<>\"]*[^\\s<>\".,;:!?)»]";
    // Okapi needs a locale to open a document; the text's language plays no part in extraction.
    private static final LocaleId ANY = LocaleId.ENGLISH;

    private final Pool<MarkdownFilter> filters = new Pool<>(MarkdownCodec::newFilter);

    /** The extracted events of one Markdown text. */
    record Extraction(List<Event> events, boolean crlf) {

        /** Source containers of the translatable text units, in document order. */
        List<TextContainer> translatableSources() {
            List<TextContainer> sources = new ArrayList<>();
            for (Event event : events) {
                if (event.isTextUnit()) {
                    ITextUnit unit = event.getTextUnit();
                    if (unit.isTranslatable()) {
                        sources.add(unit.getSource());
                    }
                }
            }
            return sources;
        }
    }

    Extraction read(String markdown) {
        // Okapi's Markdown writer emits LF whatever it read, so CRLF is folded here and restored in write().
        boolean crlf = markdown.contains("\r\n");
        String text = crlf ? markdown.replace("\r\n", "\n") : markdown;
        return filters.with(filter -> {
            List<Event> events = new ArrayList<>();
            try (RawDocument document = new RawDocument(text, ANY)) {
                filter.open(document);
                while (filter.hasNext()) {
                    events.add(filter.next());
                }
            } finally {
                filter.close();
            }
            return new Extraction(events, crlf);
        });
    }

    /** Writes the events, with any changed source content, back as Markdown. */
    String write(Extraction extraction) {
        String markdown = filters.with(filter -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            IFilterWriter writer = filter.createFilterWriter();
            try {
                writer.setOutput(out);
                writer.setOptions(ANY, StandardCharsets.UTF_8.name());
                extraction.events().forEach(writer::handleEvent);
            } finally {
                writer.close();
            }
            return out.toString(StandardCharsets.UTF_8);
        });
        return extraction.crlf() ? markdown.replace("\n", "\r\n") : markdown;
    }

    private static MarkdownFilter newFilter() {
        MarkdownFilter filter = new MarkdownFilter();
        Parameters parameters = filter.getParameters();
        parameters.setTranslateFencedCodeBlocks(false);
        parameters.setTranslateIndentedCodeBlocks(false);
        parameters.setTranslateInlineCodeBlocks(false);
        parameters.setTranslateUrls(false);
        parameters.setTranslateHeaderMetadata(false);
        parameters.setUseCodeFinder(true);
        parameters.getCodeFinder().addRule(BARE_URL);
        return filter;
    }
}
