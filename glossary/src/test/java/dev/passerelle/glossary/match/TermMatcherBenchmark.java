package dev.passerelle.glossary.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.glossary.Concept;
import dev.passerelle.glossary.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Load driver, not a test (run by {@code -Pbenchmark}): one thread matching English and French segments of about
 * 25 words against a 5,000-concept glossary (10,000 terms of one to three words). Prints the median of 7 rounds.
 */
class TermMatcherBenchmark {

    private static final int CONCEPTS = 5_000;
    private static final int SEGMENTS = 20_000;
    private static final int ROUNDS = 7;

    @Test
    void segmentsPerSecond() {
        Random random = new Random(42);
        List<Concept> concepts = new ArrayList<>();
        for (int c = 0; c < CONCEPTS; c++) {
            concepts.add(Concept.of("c" + c, Term.preferred("en", phrase(random)), Term.preferred("fr", phrase(random))));
        }
        TermMatcher matcher = TermMatcher.of(concepts);
        String[] en = segments(random, concepts, "en");
        String[] fr = segments(random, concepts, "fr");

        long[] rates = new long[ROUNDS];
        long hits = 0;
        for (int round = -3; round < ROUNDS; round++) { // three warm-up rounds
            long start = System.nanoTime();
            for (int s = 0; s < SEGMENTS; s++) {
                hits += matcher.find(en[s], "en").size() + matcher.find(fr[s], "fr").size();
            }
            long elapsed = System.nanoTime() - start;
            if (round >= 0) {
                rates[round] = 2L * SEGMENTS * 1_000_000_000L / elapsed;
            }
        }
        Arrays.sort(rates);
        System.out.printf("[benchmark] term matcher: %d segments/s (median of %d rounds; min %d, max %d), %d-concept"
                + " glossary, 1 thread, %d hits%n", rates[ROUNDS / 2], ROUNDS, rates[0], rates[ROUNDS - 1], CONCEPTS,
                hits);
        assertThat(hits).isPositive();
    }

    private static String[] segments(Random random, List<Concept> concepts, String lang) {
        String[] segments = new String[SEGMENTS];
        for (int s = 0; s < SEGMENTS; s++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 160) {
                if (random.nextInt(6) == 0) {
                    String term = concepts.get(random.nextInt(CONCEPTS)).preferred(lang).orElseThrow().text();
                    text.append(random.nextBoolean() ? term : term.toUpperCase() + "s");
                } else {
                    text.append(lang.equals("fr") && random.nextInt(4) == 0 ? "l'" : "").append(word(random));
                }
                text.append(random.nextInt(12) == 0 ? ", " : " ");
            }
            segments[s] = text.append('.').toString();
        }
        return segments;
    }

    private static String phrase(Random random) {
        int words = 1 + random.nextInt(3);
        StringBuilder phrase = new StringBuilder(word(random));
        for (int w = 1; w < words; w++) {
            phrase.append(random.nextBoolean() ? ' ' : '-').append(word(random));
        }
        return phrase.toString();
    }

    private static String word(Random random) {
        String syllables = "ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu"
                + " ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu dé pré ré";
        String[] parts = syllables.split(" ");
        StringBuilder word = new StringBuilder();
        for (int s = 0, n = 2 + random.nextInt(3); s < n; s++) {
            word.append(parts[random.nextInt(parts.length)]);
        }
        return word.toString();
    }
}
