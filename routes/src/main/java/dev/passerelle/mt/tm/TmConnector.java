package dev.passerelle.mt.tm;

import dev.passerelle.mt.LanguagePair;
import dev.passerelle.mt.MtConnector;
import dev.passerelle.mt.MtException;
import dev.passerelle.mt.MtRequest;
import dev.passerelle.mt.MtResult;
import dev.passerelle.mt.MtUnsupportedLanguageException;
import dev.passerelle.mt.Provenance;
import dev.passerelle.mt.tm.PairSearcher.Match;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filterwriter.GenericContent;
import net.sf.okapi.common.resource.TextFragment;
import org.springframework.stereotype.Component;

/**
 * Translation memory on an Okapi Pensieve index: exact, then fuzzy matches at or above the threshold, with the
 * request's inline codes carried onto the stored target (hits whose codes cannot be mapped are skipped). Catches up
 * with {@link TmEntries} before each batch. Score 100 only for a match with the same text and code layout.
 */
@Component
final class TmConnector implements MtConnector, TmLookup, AutoCloseable {

    static final String ID = "tm";
    /** Fuzzy hits examined per segment, in case the best ones' codes cannot be mapped. */
    private static final int CANDIDATES = 5;

    private final TmIndex index;
    private final int threshold;

    TmConnector(TmEntries entries, TmProperties properties) {
        this.index = new TmIndex(properties.directory(), entries, properties.catchUpBatchSize());
        this.threshold = properties.threshold();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean supports(LanguagePair pair) {
        return !pair.source().isBlank() && !pair.target().isBlank() && !pair.source().equalsIgnoreCase(pair.target());
    }

    @Override
    public List<Optional<MtResult>> translate(LanguagePair pair, List<MtRequest> batch) {
        if (!supports(pair)) {
            throw new MtUnsupportedLanguageException(ID, pair);
        }
        if (batch.isEmpty()) {
            return List.of();
        }
        index.catchUp();
        try {
            return index.search(pair, searcher -> lookUp(searcher, batch),
                    Collections.nCopies(batch.size(), Optional.empty()));
        } catch (IOException | UncheckedIOException | OkapiException e) {
            throw new MtException("Translation memory lookup for " + pair + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<TmMatch> bestMatch(LanguagePair pair, String text) {
        if (!supports(pair)) {
            return Optional.empty();
        }
        index.catchUp();
        try {
            return index.search(pair, searcher -> lookUp(searcher, text), Optional.empty());
        } catch (IOException | UncheckedIOException | OkapiException e) {
            throw new MtException("Translation memory lookup for " + pair + " failed: " + e.getMessage(), e);
        }
    }

    private List<Optional<MtResult>> lookUp(PairSearcher searcher, List<MtRequest> batch) throws IOException {
        Map<String, Optional<MtResult>> byText = new HashMap<>();
        List<Optional<MtResult>> results = new ArrayList<>(batch.size());
        for (MtRequest request : batch) {
            Optional<MtResult> result = byText.get(request.text());
            if (result == null) {
                result = lookUp(searcher, request.text())
                        .map(match -> new MtResult(match.target(), match.provenance()));
                byText.put(request.text(), result);
            }
            results.add(result);
        }
        return results;
    }

    private Optional<TmMatch> lookUp(PairSearcher searcher, String text) throws IOException {
        if (text.isBlank()) {
            return Optional.empty();
        }
        TextFragment query = GenericContent.fromLetterCodedToFragment(text, null, false, false);
        Optional<TmMatch> exact = firstMappable(searcher.exact(query, CANDIDATES), text);
        return exact.isPresent() ? exact : firstMappable(searcher.fuzzy(query, threshold, CANDIDATES), text);
    }

    private static Optional<TmMatch> firstMappable(List<Match> matches, String request) {
        for (Match match : matches) {
            Optional<String> target = InlineCodeTransfer.transfer(match.source(), match.target(), request);
            if (target.isPresent()) {
                return Optional.of(new TmMatch(match.source(), target.get(), new Provenance(ID, score(match), 0)));
            }
        }
        return Optional.empty();
    }

    /** Pensieve's score, floored; 100 only for the same coded text (same text and code layout). */
    private static int score(Match match) {
        int score = (int) Math.floor(match.score());
        return match.exact() ? Math.min(score, 100) : Math.min(score, 99);
    }

    @Override
    public void close() {
        index.close();
    }
}
