package dev.passerelle.review.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Our review packages in both versions: inline codes, states, notes and suggestions survive a write and a read. */
class XliffWriterTest {

    private static final String SOURCE = "Read <g1>the guide</g1> first<x2/>, then <b3/>run it<e3/> and <e4/>stop.";
    private static final String TARGET = "Lisez <g1>le guide</g1> d'abord<x2/>, puis <b3/>lancez-le<e3/> et <e4/>stop.";

    private static XliffDocument document(String version) {
        var part = new XliffDocument.Part(false, XliffWriter.SEGMENT_ID, version.equals("2.0") ? "translated"
                : "translated", version.equals("2.0") ? "psl:in_review" : null, InlineRun.fromLetterCoded(SOURCE),
                InlineRun.fromLetterCoded(TARGET));
        var untranslated = new XliffDocument.Part(false, XliffWriter.SEGMENT_ID, version.equals("2.0") ? "initial"
                : "new", null, InlineRun.fromLetterCoded("Plain & <simple> \"text\"."), null);
        return new XliffDocument(version, "en", "fr", "devops-paris", List.of(
                new XliffDocument.Unit("f1", "s12", 3L, List.of(part),
                        List.of(new XliffDocument.Note("qa", "Number mismatch: 3 ≠ 4")),
                        List.of(new XliffDocument.Match("tm", 86, InlineRun.fromLetterCoded(SOURCE),
                                InlineRun.fromLetterCoded(TARGET)))),
                new XliffDocument.Unit("f1", "s13", 1L, List.of(untranslated), List.of(), List.of())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.0", "1.2"})
    void roundTripsCodesStatesAndVersions(String version) {
        XliffDocument read = XliffReader.read(XliffConformanceTest.write(document(version)));

        assertThat(read.event()).isEqualTo("devops-paris");
        assertThat(read.trgLang()).isEqualTo("fr");
        assertThat(read.units()).extracting(XliffDocument.Unit::id, XliffDocument.Unit::exportedVersion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("s12", 3L),
                        org.assertj.core.groups.Tuple.tuple("s13", 1L));
        XliffDocument.Unit unit = read.units().getFirst();
        assertThat(InlineRun.toLetterCoded(unit.source())).isEqualTo(SOURCE);
        assertThat(InlineRun.toLetterCoded(unit.target())).isEqualTo(TARGET);
        assertThat(unit.state()).isEqualTo("translated");
        assertThat(unit.notes()).containsExactly(new XliffDocument.Note("qa", "Number mismatch: 3 ≠ 4"));
        assertThat(read.units().get(1).target()).isNull();
        assertThat(InlineRun.toLetterCoded(read.units().get(1).source())).isEqualTo("Plain & <simple> \"text\".");
    }

    @Test
    void writesXliff20InlineCodesAsPcPhScEcAndSuggestionsAsMatches() {
        String xml = new String(XliffConformanceTest.write(document("2.0")), StandardCharsets.UTF_8);

        assertThat(xml).contains("<pc id=\"1\">the guide</pc>", "<ph id=\"2\"/>", "<sc id=\"3\"/>",
                "<ec startRef=\"3\"/>", "<ec id=\"4\" isolated=\"yes\"/>", "<segment id=\"seg\" state=\"translated\"",
                "<mtc:match ref=\"#seg\" origin=\"tm\" similarity=\"86\" type=\"tm\">",
                "<note category=\"qa\">", "psl:version=\"3\"", "psl:event=\"devops-paris\"");
    }

    @Test
    void writesXliff12InlineCodesAsGXAndSuggestionsAsAltTrans() {
        String xml = new String(XliffConformanceTest.write(document("1.2")), StandardCharsets.UTF_8);

        assertThat(xml).contains("<g id=\"1\">the guide</g>", "<x id=\"2\"/>", "<bx id=\"3\"/>", "<ex id=\"3\"/>",
                "<target state=\"translated\">", "<alt-trans match-quality=\"86\" origin=\"tm\">",
                "<note from=\"passerelle-qa\">", "source-language=\"en\" target-language=\"fr\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file source-language=\"en\"><body><trans-unit id=\"s1\"><source>&xxe;</source></trans-unit></body></file></xliff>",
            "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file source-language=\"en\"><body><trans-unit id=\"s1\"><source>&lol2;</source></trans-unit></body></file></xliff>",
            "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file source-language=\"en\"><body><trans-unit id=\"s1\"><source>&undeclared;</source></trans-unit></body></file></xliff>"})
    void refusesHostileXml(String hostile) {
        assertThatThrownBy(() -> XliffReader.read(hostile.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidXliffException.class).hasMessageNotContaining("root:");
    }

    @Test
    void refusesOtherVersionsAndOtherXml() {
        assertThatThrownBy(() -> XliffReader.read("<xliff version=\"1.1\"/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidXliffException.class).hasMessageContaining("not supported");
        assertThatThrownBy(() -> XliffReader.read("<tmx/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidXliffException.class).hasMessageContaining("<tmx>");
    }
}
