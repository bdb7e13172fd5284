package dev.passerelle.segmentation;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.junit.jupiter.api.Test;

/**
 * Throughput driver, not a test (run with {@code -Pbenchmark}): one thread, the dev-set texts of each language,
 * segmented by Passerelle's engine and rules, by Okapi's SRXSegmenter with the same rules, by Okapi's default rules,
 * and by ICU4J's bare sentence iterator, in one JVM. Prints medians in MB/s (UTF-8) and writes
 * {@code target/segmentation-benchmark.txt}.
 */
class SegmentationBenchmark {

    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final long ROUND_NANOS = 1_000_000_000L;
    private static final int ROUNDS = 7;

    @Test
    void measure() throws IOException {
        TextSegmenter passerelle = new TextSegmenter(new SegmentationProperties(null));
        SRXDocument ours = new SRXDocument();
        ours.loadRules((CharSequence) Files.readString(Path.of("src/main/resources",
                SegmentationProperties.DEFAULT_RULES)));
        SRXDocument defaults = new SRXDocument();
        defaults.loadRules(SRXDocument.DEFAULT_SRX_RULES);

        List<String> report = new ArrayList<>();
        for (String lang : List.of("en", "fr")) {
            List<String> texts = DevSet.cases().stream().filter(c -> c.lang().equals(lang)).map(DevSet.Case::text)
                    .toList();
            LocaleId locale = LocaleId.fromString(lang);
            BreakIterator icu = BreakIterator.getSentenceInstance(ULocale.forLanguageTag(lang));
            double[] rates = rates(texts, List.of(
                    text -> passerelle.segment(text, lang).size(),
                    okapi(ours.compileLanguageRules(locale, null)),
                    okapi(defaults.compileLanguageRules(locale, null)),
                    text -> {
                        icu.setText(text);
                        int count = 0;
                        while (icu.next() != BreakIterator.DONE) {
                            count++;
                        }
                        return count;
                    }));
            report.add(String.format(Locale.ROOT,
                    "[benchmark] segmentation %s: Passerelle %.2f MB/s | Okapi, same rules %.2f MB/s | Okapi default"
                            + " rules %.3f MB/s (Passerelle %.0fx) | ICU4J sentence iterator %.1f MB/s",
                    lang, rates[0], rates[1], rates[2], rates[0] / rates[2], rates[3]));
        }
        report.forEach(System.out::println);
        Files.write(Path.of("target/segmentation-benchmark.txt"), report, StandardCharsets.UTF_8);
    }

    private static ToIntFunction<String> okapi(ISegmenter segmenter) {
        return segmenter::computeSegments;
    }

    /**
     * Median MB/s (UTF-8 bytes of the texts) of each segmenter over the rounds, after a warm-up. The segmenters take
     * turns within each round, so that a busy machine slows them alike and the ratios hold.
     */
    private static double[] rates(List<String> texts, List<ToIntFunction<String>> segmenters) {
        long bytes = texts.stream().mapToLong(text -> text.getBytes(StandardCharsets.UTF_8).length).sum();
        segmenters.forEach(segment -> run(texts, segment, WARM_UP_NANOS));
        double[][] rates = new double[segmenters.size()][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < segmenters.size(); i++) {
                long start = System.nanoTime();
                long passes = run(texts, segmenters.get(i), ROUND_NANOS);
                rates[i][round] = passes * bytes / ((System.nanoTime() - start) / 1e9) / 1e6;
            }
        }
        double[] medians = new double[segmenters.size()];
        for (int i = 0; i < segmenters.size(); i++) {
            Arrays.sort(rates[i]);
            medians[i] = rates[i][ROUNDS / 2];
        }
        return medians;
    }

    private static long run(List<String> texts, ToIntFunction<String> segment, long nanos) {
        long start = System.nanoTime();
        long passes = 0;
        long sink = 0;
        while (System.nanoTime() - start < nanos) {
            for (String text : texts) {
                sink += segment.applyAsInt(text);
            }
            passes++;
        }
        if (sink == 42) {
            System.out.print("");
        }
        return passes;
    }
}
