package dev.passerelle.segmentation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.springframework.core.io.Resource;

/** Splits a text container into sentence segments with SRX rules loaded once; thread-safe. */
final class SentenceSplitter {

    private final SRXDocument rules = new SRXDocument();
    // ISegmenter keeps the state of its last run, so each language gets a pool of compiled segmenters.
    private final Map<String, Pool<ISegmenter>> segmenters = new ConcurrentHashMap<>();

    /** {@code srx}: the rules file, or null for Okapi's default rules. */
    SentenceSplitter(Resource srx) {
        if (srx == null) {
            rules.loadRules(SRXDocument.DEFAULT_SRX_RULES);
        } else {
            try (InputStream in = srx.getInputStream()) {
                rules.loadRules(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read segmentation rules " + srx, e);
            }
        }
    }

    /** Replaces the container's segmentation with the rules' sentences for {@code lang} ("en", "fr"). */
    void split(TextContainer container, String lang) {
        segmenters.computeIfAbsent(lang, this::pool).with(segmenter -> {
            segmenter.computeSegments(container);
            return container.getSegments().create(segmenter.getRanges());
        });
    }

    private Pool<ISegmenter> pool(String lang) {
        LocaleId locale = LocaleId.fromString(lang);
        return new Pool<>(() -> compile(locale));
    }

    private ISegmenter compile(LocaleId locale) {
        // Compiling reads the document's shared rule state.
        synchronized (rules) {
            return rules.compileLanguageRules(locale, null);
        }
    }
}
