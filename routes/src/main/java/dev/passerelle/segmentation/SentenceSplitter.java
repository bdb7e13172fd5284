package dev.passerelle.segmentation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.springframework.core.io.Resource;

/**
 * Splits a text container into sentence segments with SRX rules loaded once; thread-safe. Uses {@link SrxRules}
 * where it can reproduce Okapi's segmenter for the rules, Okapi's segmenter itself otherwise.
 */
final class SentenceSplitter {

    private final SRXDocument rules = new SRXDocument();
    private final Map<String, Function<TextContainer, List<Range>>> languages = new ConcurrentHashMap<>();

    SentenceSplitter(Resource srx) {
        try (InputStream in = srx.getInputStream()) {
            rules.loadRules(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read segmentation rules " + srx, e);
        }
    }

    /** Replaces the container's segmentation with the rules' sentences for {@code lang} ("en", "fr"). */
    void split(TextContainer container, String lang) {
        container.getSegments().create(ranges(container, lang));
    }

    /**
     * As {@link #split}, for a Markdown text unit: a line break inside it is a soft break (CommonMark), read as a
     * space, where in plain text a line break ends a segment.
     */
    void splitMarkdown(TextContainer container, String lang) {
        String coded = container.getCodedText();
        if (coded.indexOf('\n') < 0) {
            split(container, lang);
            return;
        }
        TextFragment oneLine = container.getUnSegmentedContentCopy();
        oneLine.setCodedText(coded.replace('\n', ' '));
        container.getSegments().create(ranges(new TextContainer(oneLine), lang));
    }

    /** The sentences' ranges in the container's coded text. */
    List<Range> ranges(TextContainer container, String lang) {
        return languages.computeIfAbsent(lang, this::compile).apply(container);
    }

    private Function<TextContainer, List<Range>> compile(String lang) {
        LocaleId locale = LocaleId.fromString(lang);
        // Compiling reads the document's shared rule state.
        synchronized (rules) {
            return SrxRules.compile(rules, locale).<Function<TextContainer, List<Range>>>map(fast -> fast::ranges)
                    .orElseGet(() -> okapi(locale));
        }
    }

    private Function<TextContainer, List<Range>> okapi(LocaleId locale) {
        // ISegmenter keeps the state of its last run, so each language gets a pool of compiled segmenters.
        Pool<ISegmenter> pool = new Pool<>(() -> {
            synchronized (rules) {
                return rules.compileLanguageRules(locale, null);
            }
        });
        return container -> pool.with(segmenter -> {
            segmenter.computeSegments(container);
            return segmenter.getRanges();
        });
    }
}
