package dev.passerelle.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import net.sf.okapi.common.resource.TextContainer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

class MarkdownSegmenterTest {

    // Loading the SRX rules and the Okapi filter classes takes seconds: one instance for all tests.
    private static final MarkdownSegmenter SEGMENTER = new MarkdownSegmenter(new SegmentationProperties(null));
    private static final String NBSP = "\u00a0";

    private static List<String> texts(String markdown, String lang) {
        return SEGMENTER.segment(markdown, lang).stream().map(Segment::text).toList();
    }

    private static List<String> langs(String markdown) {
        return SEGMENTER.segment(markdown, "mixed").stream().map(Segment::lang).toList();
    }

    private static String resource(String name) {
        try (var in = new ClassPathResource("segmentation/" + name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Nested
    class Segmenting {

        @Test
        void splitsEnglishParagraphIntoSentences() {
            assertThat(texts("Build times creep up. Dr. Smith cut ours by half! How?\n", "en"))
                    .containsExactly("Build times creep up.", "Dr. Smith cut ours by half!", "How?");
        }

        @Test
        void splitsFrenchParagraphAndKeepsNoBreakSpaces() {
            String markdown = "Pourquoi est-ce si lent" + NBSP + "? Parce que tout recompile" + NBSP + "! Voilà.\n";

            assertThat(texts(markdown, "fr")).containsExactly(
                    "Pourquoi est-ce si lent" + NBSP + "?", "Parce que tout recompile" + NBSP + "!", "Voilà.");
        }

        @Test
        void turnsInlineMarkupIntoCodes() {
            String markdown = "Read **the guide** at [our site](https://example.com/docs), run `gradle build`"
                    + " and press <kbd>Ctrl</kbd>. See ![the logo](logo.png) or https://example.org/faq.\n";

            List<String> texts = texts(markdown, "en");

            assertThat(texts).containsExactly(
                    "Read <g1>the guide</g1> at <g2>our site</g2>, run <x3/> and press <g4>Ctrl</g4>.",
                    "See <g5>the logo</g5> or <x6/>.");
            assertThat(String.join(" ", texts))
                    .doesNotContain("**", "https://", "example.com", "gradle build", "`", "kbd", "logo.png", "](");
        }

        @Test
        void keepsHeadingAndFollowingParagraphApart() {
            assertThat(texts("# Fast builds\nThis talk is about speed.\n", "en"))
                    .containsExactly("Fast builds", "This talk is about speed.");
        }

        @Test
        void keepsTheLinesOfASoftWrappedParagraphTogether() {
            assertThat(texts("We will look at build caching\nand test distribution. Then we\nmeasure.\n", "en"))
                    .containsExactly("We will look at build caching\nand test distribution.", "Then we\nmeasure.");
        }

        @Test
        void makesEachListItemItsOwnSegment() {
            assertThat(texts("We will cover:\n\n- caching\n- test distribution\n  - nested item\n", "en"))
                    .containsExactly("We will cover:", "caching", "test distribution", "nested item");
        }

        @Test
        void leavesCodeBlocksAndTableSyntaxOut() {
            String markdown = "Run this:\n\n```bash\n./gradlew build. Then relax.\n```\n\n"
                    + "| Step | Time |\n|------|------|\n| Compile | 4 min |\n\n    indented code. Not text.\n";

            assertThat(texts(markdown, "en")).containsExactly("Run this:", "Step", "Time", "Compile", "4 min");
        }

        @Test
        void skipsSegmentsWithoutText() {
            assertThat(texts("![](diagram.png)\n\nBelow the diagram.\n", "en")).containsExactly("Below the diagram.");
        }

        @Test
        void numbersSegmentsInOrderAndTagsThemWithTheGivenLanguage() {
            List<Segment> segments = SEGMENTER.segment(resource("abstract-fr.md"), "fr");

            assertThat(segments).extracting(Segment::index).containsExactlyElementsOf(
                    Stream.iterate(0, i -> i + 1).limit(segments.size()).toList());
            assertThat(segments).extracting(Segment::lang).containsOnly("fr");
        }

        @Test
        void segmentsPlainTextByBlankLineParagraphs() {
            assertThat(texts(resource("transcript.txt"), "en")).containsExactly(
                    "Welcome everyone to this session on observability.",
                    "Today we will look at traces, metrics and logs.",
                    "First, a quick poll.",
                    "Who here runs OpenTelemetry in production?",
                    "Great, about half of you.",
                    "Let's start with traces.");
        }

        @Test
        void followsTheConfiguredRulesFile() {
            var rules = new ClassPathResource("segmentation/exclamation-only.srx");
            var segmenter = new MarkdownSegmenter(new SegmentationProperties(rules));

            assertThat(segmenter.segment("Hello. Welcome! Enjoy.", "en")).extracting(Segment::text)
                    .containsExactly("Hello. Welcome!", "Enjoy.");
        }

        @Test
        void rejectsUnknownLanguage() {
            assertThatThrownBy(() -> SEGMENTER.segment("Hallo Welt.", "de"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'de'");
        }
    }

    @Nested
    class PreservingCharacters {

        @ParameterizedTest
        @MethodSource("dev.passerelle.segmentation.MarkdownSegmenterTest#documents")
        void losesNoWordOfAnyTextUnit(String name, String markdown, String lang) {
            List<String> unitWords = new ArrayList<>();
            for (TextContainer source : new MarkdownCodec().read(markdown).translatableSources()) {
                unitWords.addAll(words(source.getUnSegmentedContentCopy().getText()));
            }
            List<String> segmentWords = new ArrayList<>();
            for (String text : texts(markdown, lang)) {
                segmentWords.addAll(words(text.replaceAll("</?g\\d+>|<[xbe]\\d+/>", "")));
            }

            assertThat(segmentWords).isEqualTo(unitWords);
        }

        @Test
        void keepsEveryWordOfPlainText() {
            String transcript = resource("transcript.txt");

            assertThat(words(String.join(" ", texts(transcript, "en")))).isEqualTo(words(transcript));
        }

        private static List<String> words(String text) {
            return Arrays.stream(text.split("\\s+")).filter(word -> !word.isEmpty()).toList();
        }
    }

    @Nested
    class RoundTripping {

        @ParameterizedTest
        @MethodSource("dev.passerelle.segmentation.MarkdownSegmenterTest#documents")
        void givesBackTheSameMarkdownWhenSegmentsAreUnchanged(String name, String markdown, String lang) {
            assertThat(SEGMENTER.assemble(markdown, lang, texts(markdown, lang))).isEqualTo(markdown);
        }

        @ParameterizedTest
        @MethodSource("dev.passerelle.segmentation.MarkdownSegmenterTest#documents")
        void keepsWindowsLineEndings(String name, String markdown, String lang) {
            String crlf = markdown.replace("\n", "\r\n");

            assertThat(SEGMENTER.assemble(crlf, lang, texts(crlf, lang))).isEqualTo(crlf);
        }
    }

    @Nested
    class Assembling {

        @Test
        void putsTranslationsInsideTheOriginalMarkup() {
            assertThat(SEGMENTER.assemble("**Fast** builds.", "en", List.of("<g1>Rapides</g1> constructions.")))
                    .isEqualTo("**Rapides** constructions.");
        }

        @Test
        void translatesAWholeAbstractKeepingItsStructure() {
            String markdown = "# Fast builds\n\nThis talk shows [how](https://example.com/how) to go fast."
                    + " Bring a laptop!\n\n- Caching with `--build-cache`\n- Parallel *tests*\n";
            List<String> french = List.of(
                    "Des builds rapides",
                    "Cette session montre <g1>comment</g1> aller vite.",
                    "Apportez un portable" + NBSP + "!",
                    "Le cache avec <x1/>",
                    "Des <g1>tests</g1> en parallèle");

            assertThat(SEGMENTER.assemble(markdown, "en", french)).isEqualTo(
                    "# Des builds rapides\n\nCette session montre [comment](https://example.com/how) aller vite."
                            + " Apportez un portable" + NBSP + "!\n\n- Le cache avec `--build-cache`\n"
                            + "- Des *tests* en parallèle\n");
        }

        @Test
        void acceptsReorderedCodes() {
            assertThat(SEGMENTER.assemble("Use `gradle` with **care**.", "en",
                    List.of("Avec <g2>prudence</g2>, utilisez <x1/>.")))
                    .isEqualTo("Avec **prudence**, utilisez `gradle`.");
        }

        @Test
        void refusesWrongNumberOfOutputs() {
            assertThatThrownBy(() -> SEGMENTER.assemble("One. Two.", "en", List.of("Un.")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Expected 2 outputs")
                    .hasMessageContaining("got 1");
        }

        @Test
        void refusesMissingCode() {
            assertThatThrownBy(() -> SEGMENTER.assemble("Intro. **Fast** builds.", "en",
                    List.of("Intro.", "Constructions rapides.")))
                    .isInstanceOfSatisfying(InlineCodeMismatchException.class, e -> {
                        assertThat(e.segmentIndex()).isEqualTo(1);
                        assertThat(e.code()).isEqualTo("<g1>");
                        assertThat(e).hasMessageContaining("Segment 1").hasMessageContaining("<g1>");
                    });
        }

        @Test
        void refusesExtraCode() {
            assertThatThrownBy(() -> SEGMENTER.assemble("Run `gradle`.", "en", List.of("Lancez <x1/><x2/>.")))
                    .isInstanceOfSatisfying(InlineCodeMismatchException.class,
                            e -> assertThat(e.code()).isEqualTo("<x2/>"));
        }

        @Test
        void refusesRenamedCode() {
            assertThatThrownBy(() -> SEGMENTER.assemble("**Fast** builds.", "en",
                    List.of("<g7>Rapides</g7> constructions.")))
                    .isInstanceOfSatisfying(InlineCodeMismatchException.class,
                            e -> assertThat(e.code()).isEqualTo("<g7>"));
        }

        @Test
        void refusesMisnestedCodes() {
            assertThatThrownBy(() -> SEGMENTER.assemble("Text *with **nested** emphasis*.", "en",
                    List.of("Texte <g1>avec <g2>imbriqué</g1> accent</g2>.")))
                    .isInstanceOfSatisfying(InlineCodeMismatchException.class,
                            e -> assertThat(e.code()).isEqualTo("</g1>"));
        }
    }

    @Nested
    class DetectingLanguages {

        @Test
        void detectsEachParagraphOfAnOpenSpaceNote() {
            List<Segment> segments = SEGMENTER.segment(resource("open-space-notes.md"), "mixed");

            assertThat(segments).extracting(Segment::lang)
                    .containsExactly("en", "en", "en", "fr", "fr", "en", "en", "fr");
            assertThat(segments.get(3).text()).startsWith("Plusieurs participants");
        }

        @Test
        void givesShortParagraphsThePreviousLanguage() {
            assertThat(langs("Nous avons parlé des alertes et de la supervision pendant une heure.\n\n"
                    + "OK, merci.\n\nThen we discussed how to share the on-call rotation fairly.\n"))
                    .containsExactly("fr", "fr", "en");
        }

        @Test
        void takesEnglishWhenTheFirstParagraphIsTooShort() {
            assertThat(langs("Merci\n\nNous avons parlé des alertes et de la supervision pendant une heure.\n"))
                    .containsExactly("en", "fr");
        }

        @Test
        void segmentsEachParagraphWithItsLanguageRules() {
            String markdown = "We met at 9 a.m. with the team. It went well.\n\n"
                    + "Nous nous sommes retrouvés avec l'équipe de M. Dupont. Tout s'est bien passé.\n";

            assertThat(SEGMENTER.segment(markdown, "mixed")).extracting(Segment::lang, Segment::text).containsExactly(
                    tuple("en", "We met at 9 a.m. with the team."),
                    tuple("en", "It went well."),
                    tuple("fr", "Nous nous sommes retrouvés avec l'équipe de M. Dupont."),
                    tuple("fr", "Tout s'est bien passé."));
        }
    }

    @Nested
    class SharingAcrossThreads {

        @Test
        void givesConcurrentCallersTheSameResultsAsOneCaller() throws Exception {
            List<Arguments> documents = documents().toList();
            List<List<Segment>> expected = documents.stream()
                    .map(args -> SEGMENTER.segment((String) args.get()[1], (String) args.get()[2])).toList();
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (int i = 0; i < documents.size(); i++) {
                    String markdown = (String) documents.get(i).get()[1];
                    String lang = (String) documents.get(i).get()[2];
                    List<Segment> segments = expected.get(i);
                    calls.add(() -> SEGMENTER.segment(markdown, lang).equals(segments) && SEGMENTER.assemble(
                            markdown, lang, segments.stream().map(Segment::text).toList()).equals(markdown));
                }
            }
            try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
                for (Future<Boolean> result : pool.invokeAll(calls)) {
                    assertThat(result.get()).isTrue();
                }
            }
        }
    }

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("english abstract", resource("abstract-en.md"), "en"),
                Arguments.of("french abstract", resource("abstract-fr.md"), "fr"),
                Arguments.of("open-space note", resource("open-space-notes.md"), "mixed"),
                Arguments.of("plain-text transcript", resource("transcript.txt"), "en"),
                Arguments.of("no trailing newline", "Just one line, no newline at the end", "en"),
                Arguments.of("empty field", "", "en"),
                Arguments.of("runs of blank lines", "\n\n\nLeading blank lines.\n\n\n\nAnd many between.\n\n", "en"),
                Arguments.of("soft line break", "Line one\nline two, after a soft break.\n", "en"),
                Arguments.of("hard line break", "Line one  \nline two.\n", "en"),
                Arguments.of("nested list", "- Top item\n  - Nested item. Two sentences.\n- Back to top\n", "en"),
                Arguments.of("block quote", "> Quoted text. Still quoted.\n>\n> Second quoted paragraph.\n", "en"),
                Arguments.of("html block", "<div class=\"note\">\nAn HTML block. Two sentences.\n</div>\n\nAfter.\n",
                        "en"),
                Arguments.of("front matter", "---\ntitle: Front matter\n---\n\nBody text.\n", "en"),
                Arguments.of("setext heading and nested emphasis",
                        "Heading\n-------\n\nText *with **nested** emphasis*.\n", "en"),
                Arguments.of("ampersands and angle brackets", "Q&A: is 2 < 3 > 1? R&D says yes.\n", "en"),
                Arguments.of("placeholder", "Hello {{speaker}}, welcome.\n", "en"));
    }
}
