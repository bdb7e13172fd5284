package dev.passerelle.mt.tm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.mt.LanguagePair;
import dev.passerelle.mt.tm.PairSearcher.Match;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.sf.okapi.common.filterwriter.GenericContent;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.tm.pensieve.common.TmHit;
import net.sf.okapi.tm.pensieve.seeker.PensieveSeeker;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our searcher must score exactly as Pensieve's own seeker does on the same index. */
class PairSearcherTest {

    private static final LanguagePair EN_FR = new LanguagePair("en", "fr");
    private static final String[] WORDS = "open the file save your work talk about kubernetes and java today".split(" ");

    @TempDir
    Path directory;

    @Test
    void bestFuzzyScoresEqualPensieveSeekers() throws Exception {
        Random random = new Random(7);
        try (PairIndex index = PairIndex.open(EN_FR, directory)) {
            for (int id = 1; id <= 400; id++) {
                String source = sentence(random) + (id % 7 == 0 ? " <x1/>" : "");
                index.add(new TmEntry(id, EN_FR, source, "fr " + source));
            }
            index.commit(400);
            try (PairSearcher ours = index.openSearcher(); FSDirectory lucene = FSDirectory.open(directory)) {
                PensieveSeeker pensieve = new PensieveSeeker(lucene);
                int compared = 0;
                for (int i = 0; i < 200; i++) {
                    String text = sentence(random) + (i % 5 == 0 ? " <x1/>" : "");
                    TextFragment query = GenericContent.fromLetterCodedToFragment(text, null, false, false);
                    for (int threshold : new int[] {60, 80}) {
                        List<TmHit> theirs = pensieve.searchFuzzy(query, threshold, 1000, null);
                        List<Match> mine = ours.fuzzy(query, threshold, 5);
                        assertThat(mine.isEmpty()).as("hits for '%s' at %d", text, threshold).isEqualTo(theirs.isEmpty());
                        if (!theirs.isEmpty()) {
                            Map<String, Float> scores = new HashMap<>();
                            theirs.forEach(h -> scores.merge(GenericContent.fromFragmentToLetterCoded(
                                    h.getTu().getSource().getContent(), false), h.getScore(), Math::max));
                            assertThat(mine.get(0).score()).as("best score for '%s'", text).isEqualTo(theirs.get(0).getScore());
                            assertThat(scores.get(mine.get(0).source())).isEqualTo(mine.get(0).score());
                            compared++;
                        }
                    }
                }
                pensieve.close();
                System.out.println("PairSearcher agreed with PensieveSeeker on " + compared + " queries with hits");
                assertThat(compared).isGreaterThan(50);
            }
        }
    }

    private static String sentence(Random random) {
        StringBuilder s = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
        for (int i = 3 + random.nextInt(5); i > 0; i--) {
            s.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.append('.').toString();
    }
}
