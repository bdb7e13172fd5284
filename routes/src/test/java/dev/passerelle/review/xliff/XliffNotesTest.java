package dev.passerelle.review.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.event.Event;
import dev.passerelle.glossary.Concept;
import dev.passerelle.glossary.Term;
import dev.passerelle.glossary.match.TermMatcher;
import dev.passerelle.glossary.store.Glossaries;
import dev.passerelle.review.check.QaIssue;
import dev.passerelle.review.check.Severity;
import dev.passerelle.segment.Segment;
import dev.passerelle.segment.SegmentState;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** QA issues and glossary hits as notes: what the translator reads, and what tools read from the attributes. */
class XliffNotesTest {

    private static final Event EVENT = new Event(7, "devops-paris", "DevOps Paris", List.of("en", "fr"), null, null,
            Instant.EPOCH);

    @Test
    void qaSpansBecomeOffsetsInThePlainTargetTheTranslatorSees() {
        String coded = "Lisez <g1>le guide</g1> de 2025.";
        int start = coded.indexOf("2025");
        var issue = new QaIssue("numbers", Severity.BLOCKING, "2026 is missing; 2025 is not in the source",
                start, start + 4, null);

        SegmentNote note = QaNotes.note(issue, coded);

        String plain = "Lisez le guide de 2025.";
        assertThat(note.category()).isEqualTo("qa");
        assertThat(note.appliesTo()).isEqualTo("target");
        assertThat(note.priority()).isEqualTo(1);
        assertThat(note.details()).containsEntry("check", "numbers").containsEntry("severity", "blocking")
                .containsEntry("start", Integer.toString(plain.indexOf("2025")))
                .containsEntry("end", Integer.toString(plain.indexOf("2025") + 4));
        assertThat(note.text()).startsWith("QA, blocks approval (numbers): 2026 is missing")
                .endsWith("[target 18–22]");
    }

    @Test
    void qaWarningsWithoutASpanHaveALowerPriorityAndNoOffsets() {
        SegmentNote note = QaNotes.note(new QaIssue("length-ratio", Severity.WARNING, "much longer than the source",
                -1, -1, null), "Un texte");

        assertThat(note.priority()).isEqualTo(5);
        assertThat(note.details()).containsOnlyKeys("check", "severity").containsEntry("severity", "warning");
        assertThat(note.text()).isEqualTo("QA warning (length-ratio): much longer than the source");
    }

    @Test
    void plainOffsetsSkipCodesBeforeThemAndClampInsideOne() {
        String coded = "<g1>ab</g1><x2/>cd";
        assertThat(InlineRun.plainOffset(coded, coded.indexOf("ab"))).isZero();
        assertThat(InlineRun.plainOffset(coded, coded.indexOf("cd"))).isEqualTo(2);
        assertThat(InlineRun.plainOffset(coded, coded.indexOf("x2"))).isEqualTo(2);
        assertThat(InlineRun.plainOffset(coded, coded.length())).isEqualTo(4);
    }

    @Test
    void glossaryHitsGiveTheApprovedTargetTermOrSayKeepItOncePerConcept() {
        Glossaries glossaries = Mockito.mock(Glossaries.class);
        Mockito.when(glossaries.matcher(EVENT.id())).thenReturn(TermMatcher.of(List.of(
                Concept.of("c-ci", Term.preferred("en", "continuous integration"),
                        Term.preferred("fr", "intégration continue"), Term.forbidden("fr", "intégration permanente")),
                Concept.of("c-k8s", Term.preferred("en", "Kubernetes").withDoNotTranslate(true)))));
        var beans = new DefaultListableBeanFactory();
        beans.registerSingleton("glossaries", glossaries);
        Segment segment = segment(41, "Run <g1>continuous integration</g1> on Kubernetes, continuous integration "
                + "again.");

        Map<Long, List<SegmentNote>> notes = new GlossaryNotes(beans.getBeanProvider(Glossaries.class))
                .notes(EVENT, List.of(segment, segment(42, "Nothing to see here.")));

        assertThat(notes).containsOnlyKeys(41L);
        assertThat(notes.get(41L)).extracting(SegmentNote::text).containsExactly(
                "Glossary: “continuous integration” → “intégration continue”, not “intégration permanente”",
                "Glossary: “Kubernetes” – do not translate, keep it as it is");
        SegmentNote term = notes.get(41L).getFirst();
        assertThat(term.appliesTo()).isEqualTo("source");
        assertThat(term.details()).containsEntry("concept", "c-ci").containsEntry("target", "intégration continue")
                .containsEntry("start", "4").containsEntry("end", "26").doesNotContainKey("doNotTranslate");
        assertThat(notes.get(41L).get(1).details()).containsEntry("doNotTranslate", "yes");
    }

    @Test
    void withoutAGlossaryBeanThereAreNoGlossaryNotes() {
        var none = new DefaultListableBeanFactory().getBeanProvider(Glossaries.class);
        assertThat(new GlossaryNotes(none).notes(EVENT, List.of(segment(1, "continuous integration")))).isEmpty();
    }

    @Test
    void notesWithDetailsKeepXliff20ValidAndReadBackInBothVersions() {
        for (String version : List.of("2.0", "1.2")) {
            var note = XliffDocument.Note.of(QaNotes.note(new QaIssue("numbers", Severity.BLOCKING, "2026 missing",
                    0, 4, null), "2025"));
            var part = new XliffDocument.Part(false, XliffWriter.SEGMENT_ID, "translated", null,
                    InlineRun.fromLetterCoded("In 2026."), InlineRun.fromLetterCoded("2025"));
            byte[] file = XliffConformanceTest.write(new XliffDocument(version, "en", "fr", "devops-paris",
                    List.of(new XliffDocument.Unit("f1", "s1", 1L, List.of(part), List.of(note), List.of()))));

            // The reader runs Okapi's full XLIFF 2 validation on 2.0 files.
            XliffDocument read = XliffReader.read(file);

            assertThat(read.units().getFirst().notes()).extracting(XliffDocument.Note::category,
                    XliffDocument.Note::text).containsExactly(org.assertj.core.groups.Tuple.tuple("qa", note.text()));
            String xml = new String(file, StandardCharsets.UTF_8);
            assertThat(xml).contains(version.equals("2.0")
                    ? "<note category=\"qa\" appliesTo=\"target\" priority=\"1\" psl:check=\"numbers\" "
                            + "psl:severity=\"blocking\" psl:start=\"0\" psl:end=\"4\">"
                    : "<note from=\"passerelle-qa\" priority=\"1\" annotates=\"target\">");
        }
    }

    private static Segment segment(long id, String source) {
        return new Segment(id, 3, "abstract", 0, "en", "fr", source, null, SegmentState.NEW,
                new Segment.Provenance(null, null, null, 0), null, null, 1, Instant.EPOCH);
    }
}
