package dev.passerelle.mt.tm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.okapi.common.filterwriter.GenericContent;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.lib.search.lucene.analysis.NgramAnalyzer;
import net.sf.okapi.tm.pensieve.common.TranslationUnitField;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Exact and fuzzy lookups on one commit of a Pensieve index, scored as Pensieve's {@code PensieveSeeker} scores
 * them (Dice coefficient of the sources' 4-gram sets, same 50% pre-filter, same case/whitespace and code-count
 * penalties), but with each entry's 4-gram count computed once per index segment instead of being read from its
 * term vector for every candidate of every query: that read made Pensieve's own seeker ~10× slower here.
 * Thread-safe and immutable; close it once no lookup uses it.
 */
final class PairSearcher implements AutoCloseable {

    private static final NgramAnalyzer NGRAMS = new NgramAnalyzer(4);
    private static final String SOURCE = TranslationUnitField.SOURCE.name();
    private static final float ROUGH_CUTOFF = 0.5f;
    private static final float CASE_OR_WHITESPACE_PENALTY = 2f;
    private static final float CODE_DIFFERENCE_PENALTY = 0.5f;
    /** Candidates whose stored fields are read, best raw scores first; penalties are at most a few points. */
    private static final int LOADED_CANDIDATES = 20;
    /** Below one candidate per this many postings, skipping through postings beats reading them all. */
    private static final int SPARSE_CANDIDATES = 16;
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** A stored pair, letter-coded, with its Pensieve score; exact = same coded text as the query. */
    record Match(String source, String target, float score, boolean exact) {}

    private record Candidate(int doc, float score) {}

    private final DirectoryReader reader;
    /** Per index segment (keyed by its core), the number of distinct source 4-grams of each document. */
    private final Map<Object, int[]> ngramCounts;

    private PairSearcher(DirectoryReader reader, Map<Object, int[]> ngramCounts) {
        this.reader = reader;
        this.ngramCounts = ngramCounts;
    }

    static PairSearcher open(Directory directory) throws IOException {
        return withCounts(DirectoryReader.open(directory), Map.of());
    }

    /** A searcher on the latest commit, reusing this one's counts for unchanged segments; this one stays open. */
    PairSearcher reopen() throws IOException {
        DirectoryReader changed = DirectoryReader.openIfChanged(reader);
        if (changed == null) {
            reader.incRef();
            return new PairSearcher(reader, ngramCounts);
        }
        return withCounts(changed, ngramCounts);
    }

    private static PairSearcher withCounts(DirectoryReader reader, Map<Object, int[]> known) throws IOException {
        Map<Object, int[]> counts = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Object key = leaf.reader().getCoreCacheHelper().getKey();
            int[] perDoc = known.get(key);
            counts.put(key, perDoc != null ? perDoc : countNgrams(leaf.reader()));
        }
        return new PairSearcher(reader, counts);
    }

    private static int[] countNgrams(LeafReader leaf) throws IOException {
        int[] perDoc = new int[leaf.maxDoc()];
        Terms terms = leaf.terms(SOURCE);
        if (terms != null) {
            TermsEnum term = terms.iterator();
            PostingsEnum postings = null;
            while (term.next() != null) {
                postings = term.postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    perDoc[doc]++;
                }
            }
        }
        return perDoc;
    }

    /** Entries whose source has exactly the query's coded text (code ids may differ). */
    List<Match> exact(TextFragment query, int max) throws IOException {
        Term term = new Term(TranslationUnitField.SOURCE_EXACT.name(), query.getCodedText());
        List<Match> matches = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
            if (postings == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && matches.size() < max;
                    doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    matches.add(load(leaf.docBase + doc, 100f, true));
                }
            }
        }
        return matches;
    }

    /** Up to {@code max} entries scoring at least {@code threshold}, exact ones first, then by score. */
    List<Match> fuzzy(TextFragment query, int threshold, int max) throws IOException {
        List<BytesRef> ngrams = ngrams(query.getText());
        if (ngrams.isEmpty()) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        Scratch scratch = SCRATCH.get();
        for (LeafReaderContext leaf : reader.leaves()) {
            collect(leaf, ngrams, threshold, scratch, candidates);
        }
        candidates.sort(Comparator.comparing(Candidate::score).reversed());
        List<Match> matches = new ArrayList<>();
        String codedText = query.getCodedText();
        int queryCodes = query.getCodes().size();
        for (Candidate candidate : candidates.subList(0, Math.min(LOADED_CANDIDATES, candidates.size()))) {
            Match loaded = load(candidate.doc(), candidate.score(), false);
            Match match = penalise(loaded, codedText, query.getText(), queryCodes);
            if (match.score() >= threshold) {
                matches.add(match);
            }
        }
        matches.sort(Comparator.comparing(Match::exact).thenComparing(Match::score).reversed());
        return matches.subList(0, Math.min(max, matches.size()));
    }

    /**
     * Counts, per document of one index segment, the query 4-grams it shares, and keeps those reaching the
     * threshold. A document can only reach it with at least {@code needed} shared 4-grams, so it must hold one
     * of the {@code n - needed + 1} rarest: those postings find the candidates, and the common 4-grams are only
     * checked on them (prefix filtering; the counts, hence the scores, stay exact).
     */
    private void collect(LeafReaderContext leaf, List<BytesRef> ngrams, int threshold, Scratch scratch,
            List<Candidate> into) throws IOException {
        LeafReader segment = leaf.reader();
        Terms sourceTerms = segment.terms(SOURCE);
        int n = ngrams.size();
        // Dice = 200·shared / (entry 4-grams + n) with entry 4-grams ≥ shared; Pensieve also wants over half of n.
        int byScore = (int) Math.ceil(threshold * n / (200.0 - threshold) - 1e-6);
        int needed = Math.max((int) (n * ROUGH_CUTOFF) + 1, byScore);
        if (sourceTerms == null || needed > n) {
            return;
        }
        TermsEnum terms = sourceTerms.iterator();
        List<TermFrequency> present = new ArrayList<>(n);
        for (BytesRef ngram : ngrams) {
            if (terms.seekExact(ngram)) {
                present.add(new TermFrequency(ngram, terms.termState(), terms.docFreq()));
            }
        }
        present.sort(Comparator.comparingInt(TermFrequency::docFreq));
        int prefix = n - needed + 1 - (n - present.size());
        if (prefix <= 0) {
            return;
        }
        int[] shared = scratch.counts(segment.maxDoc());
        int[] touched = scratch.touched;
        int candidates = 0;
        PostingsEnum postings = null;
        for (TermFrequency term : present.subList(0, prefix)) {
            terms.seekExact(term.ngram(), term.state());
            postings = terms.postings(postings, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (shared[doc]++ == 0) {
                    touched[candidates++] = doc;
                }
            }
        }
        Arrays.sort(touched, 0, candidates);
        for (TermFrequency term : present.subList(prefix, present.size())) {
            terms.seekExact(term.ngram(), term.state());
            postings = terms.postings(postings, PostingsEnum.NONE);
            if (candidates * SPARSE_CANDIDATES < term.docFreq()) {
                for (int i = 0; i < candidates; i++) {
                    int doc = touched[i];
                    int at = postings.docID() < doc ? postings.advance(doc) : postings.docID();
                    if (at == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                    if (at == doc) {
                        shared[doc]++;
                    }
                }
            } else {
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (shared[doc] > 0) {
                        shared[doc]++;
                    }
                }
            }
        }
        Bits live = segment.getLiveDocs();
        int[] ngramsPerDoc = ngramCounts.get(segment.getCoreCacheHelper().getKey());
        for (int i = 0; i < candidates; i++) {
            int doc = touched[i];
            int count = shared[doc];
            shared[doc] = 0;
            if (count >= needed && (live == null || live.get(doc))) {
                float score = (2.0f * count) / (float) (ngramsPerDoc[doc] + n) * 100.0f;
                if (score >= threshold) {
                    into.add(new Candidate(leaf.docBase + doc, score));
                }
            }
        }
    }

    private record TermFrequency(BytesRef ngram, TermState state, int docFreq) {}

    /** Pensieve's adjustments: a 100 differing in case or whitespace loses 2, each code of difference 0.5. */
    private static Match penalise(Match match, String queryCodedText, String queryText, int queryCodes) {
        TextFragment source = GenericContent.fromLetterCodedToFragment(match.source(), null, false, false);
        float score = match.score();
        boolean exact = false;
        if (score >= 100f && source.getCodedText().equals(queryCodedText)) {
            exact = true;
        } else if (score >= 100f && !source.getText().equals(queryText)) {
            score -= CASE_OR_WHITESPACE_PENALTY;
        }
        score -= CODE_DIFFERENCE_PENALTY * Math.abs(queryCodes - source.getCodes().size());
        return new Match(match.source(), match.target(), score, exact);
    }

    private Match load(int doc, float score, boolean exact) throws IOException {
        Document stored = reader.storedFields().document(doc);
        return new Match(letterCoded(stored, TranslationUnitField.SOURCE_EXACT, TranslationUnitField.SOURCE_CODES),
                letterCoded(stored, TranslationUnitField.TARGET, TranslationUnitField.TARGET_CODES), score, exact);
    }

    private static String letterCoded(Document stored, TranslationUnitField text, TranslationUnitField codes) {
        String codedText = stored.get(text.name());
        TextFragment fragment = new TextFragment();
        fragment.setCodedText(codedText == null ? "" : codedText, Code.stringToCodes(stored.get(codes.name())), false);
        return GenericContent.fromFragmentToLetterCoded(fragment, false);
    }

    private static List<BytesRef> ngrams(String text) {
        Set<String> unique = new LinkedHashSet<>();
        try (TokenStream tokens = NGRAMS.tokenStream(SOURCE, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                unique.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return unique.stream().map(BytesRef::new).toList();
    }

    @Override
    public void close() throws IOException {
        reader.decRef();
    }

    /** Per-thread counters, reset after each segment, so lookups allocate nothing proportional to the index. */
    private static final class Scratch {
        private int[] counts = new int[0];
        private int[] touched = new int[0];

        int[] counts(int maxDoc) {
            if (counts.length < maxDoc) {
                counts = new int[maxDoc];
                touched = new int[maxDoc];
            }
            return counts;
        }
    }
}
