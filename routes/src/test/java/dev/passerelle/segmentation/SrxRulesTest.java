package dev.passerelle.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

/** Proves that {@link SrxRules} cuts exactly where Okapi's SRXSegmenter cuts with the same SRX file. */
class SrxRulesTest {

    private static final SRXDocument PASSERELLE = load(SegmentationProperties.DEFAULT_RULES);

    static Stream<Arguments> devSetCases() {
        return DevSet.cases().stream().map(c -> Arguments.of(c, c.lang(), c.text()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("devSetCases")
    void cutsLikeOkapiOnEveryDevSetCase(DevSet.Case c, String lang, String text) {
        assertSameRanges(PASSERELLE, lang, new TextContainer(text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.passerelle.segmentation.MarkdownSegmenterTest#documents")
    void cutsLikeOkapiOnMarkdownTextUnitsWithInlineCodes(String name, String markdown, String lang) {
        for (TextContainer unit : new MarkdownCodec().read(markdown).translatableSources()) {
            for (String language : List.of("en", "fr")) {
                assertSameRanges(PASSERELLE, language, unit);
            }
        }
    }

    @Test
    void cutsLikeOkapiWithAnotherRulesFile() {
        SRXDocument exclamationOnly = load("segmentation/exclamation-only.srx");

        assertSameRanges(exclamationOnly, "en", new TextContainer("Hello. Welcome!  Enjoy! "));
    }

    @Test
    void leavesRulesItCannotReproduceToOkapi() {
        SRXDocument okapiDefaults = new SRXDocument();
        okapiDefaults.loadRules(SRXDocument.DEFAULT_SRX_RULES);

        // Okapi's default rules add ICU4J's break iterator, which only Okapi's segmenter runs.
        assertThat(SrxRules.compile(okapiDefaults, LocaleId.ENGLISH)).isEmpty();
        assertThat(SrxRules.compile(PASSERELLE, LocaleId.FRENCH)).isPresent();
    }

    private static void assertSameRanges(SRXDocument rules, String lang, TextContainer container) {
        LocaleId locale = LocaleId.fromString(lang);
        ISegmenter okapi = rules.compileLanguageRules(locale, null);
        okapi.computeSegments(container);
        List<Range> expected = okapi.getRanges();

        List<Range> actual = SrxRules.compile(rules, locale).orElseThrow().ranges(container);

        assertThat(text(actual)).as("%s", container.getCodedText()).isEqualTo(text(expected));
    }

    private static List<String> text(List<Range> ranges) {
        List<String> spans = new ArrayList<>();
        ranges.forEach(range -> spans.add(range.start + ".." + range.end));
        return spans;
    }

    private static SRXDocument load(String resource) {
        SRXDocument document = new SRXDocument();
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            document.loadRules((CharSequence) new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return document;
    }
}
