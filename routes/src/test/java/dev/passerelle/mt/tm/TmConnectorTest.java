package dev.passerelle.mt.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.mt.LanguagePair;
import dev.passerelle.mt.MtException;
import dev.passerelle.mt.MtRequest;
import dev.passerelle.mt.MtResult;
import dev.passerelle.mt.MtUnsupportedLanguageException;
import dev.passerelle.mt.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmConnectorTest {

    private static final LanguagePair EN_FR = new LanguagePair("en", "fr");
    private static final LanguagePair FR_EN = new LanguagePair("fr", "en");

    @TempDir
    Path directory;

    private final InMemoryTmEntries entries = new InMemoryTmEntries();
    private TmConnector connector;

    @AfterEach
    void close() {
        if (connector != null) {
            connector.close();
        }
    }

    private TmConnector connector(int threshold) {
        close();
        connector = new TmConnector(entries, new TmProperties(threshold, directory, 2));
        return connector;
    }

    private Optional<MtResult> translate(LanguagePair pair, String text) {
        return connector.translate(pair, List.of(MtRequest.of(text))).get(0);
    }

    @Nested
    class Matching {

        @Test
        void exactMatchScores100AndBillsNothing() {
            entries.add(EN_FR, "Open the file.", "Ouvrez le fichier.");
            connector(75);

            assertThat(translate(EN_FR, "Open the file."))
                    .contains(new MtResult("Ouvrez le fichier.", new Provenance("tm", 100, 0)));
        }

        @Test
        void fuzzyMatchAboveThresholdIsReturnedWithItsScore() {
            entries.add(EN_FR, "Open the file.", "Ouvrez le fichier.");
            connector(75);

            MtResult result = translate(EN_FR, "Open the files.").orElseThrow();

            assertThat(result.target()).isEqualTo("Ouvrez le fichier.");
            assertThat(result.provenance().score()).isEqualTo(86);
        }

        @Test
        void bestMatchTellsReviewersWhichSourceItMatched() {
            entries.add(EN_FR, "Open the file.", "Ouvrez le fichier.");
            connector(75);

            TmLookup.TmMatch match = connector.bestMatch(EN_FR, "Open the files.").orElseThrow();

            assertThat(match.source()).isEqualTo("Open the file.");
            assertThat(match.target()).isEqualTo("Ouvrez le fichier.");
            assertThat(match.provenance().score()).isEqualTo(86);
            assertThat(connector.bestMatch(EN_FR, "Something else entirely.")).isEmpty();
        }

        @Test
        void fuzzyMatchBelowThresholdIsEmpty() {
            entries.add(EN_FR, "Open the file.", "Ouvrez le fichier.");
            connector(90);

            assertThat(translate(EN_FR, "Open the files.")).isEmpty();
            assertThat(translate(EN_FR, "Open the file.")).isPresent();
        }

        @Test
        void caseOnlyDifferenceIsNeverAnExactMatch() {
            entries.add(EN_FR, "Open the file.", "Ouvrez le fichier.");
            connector(75);

            assertThat(translate(EN_FR, "open the file.").orElseThrow().provenance().score()).isBetween(90, 99);
        }

        @Test
        void answersPositionallyAndLooksUpRepeatedSegmentsOnce() {
            entries.add(EN_FR, "Open the file.", "Ouvrez le fichier.");
            entries.add(EN_FR, "Save your work.", "Enregistrez votre travail.");
            connector(75);

            List<Optional<MtResult>> results = connector.translate(EN_FR, Stream.of(
                    "Save your work.", "Something else entirely, unrelated.", "Open the file.", "", "Save your work.")
                    .map(MtRequest::of).toList());

            assertThat(results).extracting(r -> r.map(MtResult::target).orElse(null)).containsExactly(
                    "Enregistrez votre travail.", null, "Ouvrez le fichier.", null, "Enregistrez votre travail.");
        }

        @Test
        void laterApprovalOfTheSameSourceReplacesTheEarlierOne() {
            entries.add(EN_FR, "Open the file.", "Ouvre le fichier.");
            connector(75);
            assertThat(translate(EN_FR, "Open the file.").orElseThrow().target()).isEqualTo("Ouvre le fichier.");

            entries.add(EN_FR, "Open the file.", "Ouvrez le fichier.");

            assertThat(connector.translate(EN_FR, List.of(MtRequest.of("Open the file."))))
                    .extracting(r -> r.orElseThrow().target()).containsExactly("Ouvrez le fichier.");
        }

        @Test
        void emptyBatchAnswersEmptyWithoutQueryingEntries() {
            connector(75);

            assertThat(connector.translate(EN_FR, List.of())).isEmpty();
            assertThat(entries.asked()).isEmpty();
        }

        @Test
        void sameLanguageOnBothSidesIsUnsupported() {
            connector(75);

            assertThat(connector.supports(EN_FR)).isTrue();
            assertThatThrownBy(() -> connector.translate(new LanguagePair("en", "en"), List.of(MtRequest.of("x"))))
                    .isInstanceOf(MtUnsupportedLanguageException.class);
        }
    }

    @Nested
    class InlineCodesInRequests {

        @Test
        void requestCodesAreCarriedOntoTheTarget() {
            entries.add(EN_FR, "<g1>Open</g1> the file<x2/>.", "<g1>Ouvrez</g1> le fichier<x2/>.");
            connector(75);

            assertThat(translate(EN_FR, "<g5>Open</g5> the file<x6/>."))
                    .contains(new MtResult("<g5>Ouvrez</g5> le fichier<x6/>.", new Provenance("tm", 100, 0)));
            assertThat(translate(EN_FR, "<g5>Open</g5> the files<x6/>.").orElseThrow().target())
                    .isEqualTo("<g5>Ouvrez</g5> le fichier<x6/>.");
        }

        @Test
        void sameTextWithCodesElsewhereIsBelow100() {
            entries.add(EN_FR, "<g1>Open</g1> the file.", "<g1>Ouvrez</g1> le fichier.");
            connector(75);

            MtResult result = translate(EN_FR, "Open <g1>the</g1> file.").orElseThrow();

            assertThat(result.provenance().score()).isEqualTo(99);
            assertThat(result.target()).isEqualTo("<g1>Ouvrez</g1> le fichier.");
        }

        @Test
        void matchWhoseCodesCannotBeMappedIsSkipped() {
            entries.add(EN_FR, "Open the file.", "Ouvrez le fichier.");
            connector(75);

            assertThat(translate(EN_FR, "Open the <x1/>file.")).isEmpty();
        }
    }

    @Nested
    class KeepingInStepWithEntries {

        @Test
        void entriesAddedAfterALookupAreFoundByTheNext() {
            connector(75);
            assertThat(translate(EN_FR, "Open the file.")).isEmpty();

            entries.add(EN_FR, "Open the file.", "Ouvrez le fichier.");

            assertThat(translate(EN_FR, "Open the file.")).isPresent();
        }

        @Test
        void readsOnlyNewEntriesInBatchesAndOneQueryWhenNothingIsNew() {
            for (int i = 0; i < 5; i++) {
                entries.add(EN_FR, "Sentence number " + i + ".", "Phrase numéro " + i + ".");
            }
            connector(75);
            translate(EN_FR, "Sentence number 1.");
            assertThat(entries.asked()).containsExactly(0L, 2L, 4L);

            entries.forgetAsked();
            translate(EN_FR, "Sentence number 2.");
            assertThat(entries.asked()).containsExactly(5L);
        }

        @Test
        void pairsDoNotMix() {
            entries.add(EN_FR, "Open the file.", "Ouvrez le fichier.");
            connector(75);

            assertThat(translate(FR_EN, "Open the file.")).isEmpty();
            assertThat(translate(FR_EN, "Ouvrez le fichier.")).isEmpty();

            entries.add(FR_EN, "Ouvrez le fichier.", "Open the file.");

            assertThat(translate(FR_EN, "Ouvrez le fichier.").orElseThrow().target()).isEqualTo("Open the file.");
            assertThat(translate(EN_FR, "Open the file.").orElseThrow().target()).isEqualTo("Ouvrez le fichier.");
            assertThat(directory).isDirectoryContaining(p -> p.getFileName().toString().equals("en_fr"))
                    .isDirectoryContaining(p -> p.getFileName().toString().equals("fr_en"));
        }

        @Test
        void restartResumesFromTheLastIndexedEntry() {
            entries.add(EN_FR, "Open the file.", "Ouvrez le fichier.");
            entries.add(FR_EN, "Ouvrez le fichier.", "Open the file.");
            entries.add(EN_FR, "Save your work.", "Enregistrez votre travail.");
            connector(75);
            translate(EN_FR, "Open the file.");

            connector(75);
            entries.forgetAsked();

            assertThat(translate(EN_FR, "Save your work.")).isPresent();
            assertThat(translate(FR_EN, "Ouvrez le fichier.")).isPresent();
            assertThat(entries.asked()).containsExactly(3L, 3L);
        }

        @Test
        void wipedDirectoryIsRebuiltFromTheFirstEntry() throws IOException {
            entries.add(EN_FR, "Open the file.", "Ouvrez le fichier.");
            entries.add(FR_EN, "Ouvrez le fichier.", "Open the file.");
            connector(75);
            translate(EN_FR, "Open the file.");
            connector.close();
            wipe(directory);

            connector(75);
            entries.forgetAsked();

            assertThat(translate(EN_FR, "Open the file.")).isPresent();
            assertThat(translate(FR_EN, "Ouvrez le fichier.")).isPresent();
            assertThat(entries.asked()).startsWith(0L);
        }

        @Test
        void onePairDeletedWhileStoppedIsRebuiltToo() throws IOException {
            entries.add(EN_FR, "Open the file.", "Ouvrez le fichier.");
            entries.add(FR_EN, "Ouvrez le fichier.", "Open the file.");
            connector(75);
            translate(EN_FR, "Open the file.");
            connector.close();
            wipe(directory.resolve("fr_en"));

            connector(75);

            assertThat(translate(FR_EN, "Ouvrez le fichier.")).isPresent();
            assertThat(translate(EN_FR, "Open the file.")).isPresent();
        }

        @Test
        void directoryWipedWhileRunningIsRebuilt() throws IOException {
            entries.add(EN_FR, "Open the file.", "Ouvrez le fichier.");
            connector(75);
            assertThat(translate(EN_FR, "Open the file.")).isPresent();

            wipe(directory);

            assertThat(translate(EN_FR, "Open the file.")).isPresent();
            assertThat(directory.resolve("en_fr")).isDirectory();
        }

        @Test
        void lookupsOnSeveralThreadsWhileEntriesArrive() throws Exception {
            connector(75);
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> lookups = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    entries.add(EN_FR, "Sentence number " + i + ".", "Phrase numéro " + i + ".");
                    int known = i;
                    lookups.add(threads.submit(() -> assertThat(translate(EN_FR, "Sentence number " + known + "."))
                            .contains(new MtResult("Phrase numéro " + known + ".", new Provenance("tm", 100, 0)))));
                }
                for (Future<?> lookup : lookups) {
                    lookup.get();
                }
            } finally {
                threads.shutdown();
            }
        }

        @Test
        void aSecondInstanceCannotShareTheDirectory() {
            entries.add(EN_FR, "Open the file.", "Ouvrez le fichier.");
            connector(75);
            translate(EN_FR, "Open the file.");

            try (TmConnector second = new TmConnector(entries, new TmProperties(75, directory, 2))) {
                assertThatThrownBy(() -> second.translate(EN_FR, List.of(MtRequest.of("Open the file."))))
                        .isInstanceOf(MtException.class)
                        .hasMessageContaining("locked by another process");
            }
            assertThat(translate(EN_FR, "Open the file.")).isPresent();
        }
    }

    private static void wipe(Path path) throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
