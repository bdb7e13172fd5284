package dev.passerelle.glossary.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.glossary.Concept;
import dev.passerelle.glossary.Term;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermMatcherTest {

    private static final Concept ON_CALL = Concept.of("on-call",
            Term.preferred("en", "on-call"), Term.preferred("fr", "astreinte"));
    private static final Concept CD = Concept.of("cd",
            Term.preferred("en", "continuous delivery"), Term.preferred("fr", "livraison continue"));
    private static final Concept DELIVERY = Concept.of("delivery",
            Term.preferred("en", "delivery"), Term.preferred("fr", "livraison"));
    private static final Concept POLICY = Concept.of("policy",
            Term.preferred("en", "retry policy"), Term.preferred("fr", "politique de relance"));
    private static final Concept DEPLOYMENT = Concept.of("deployment",
            Term.preferred("en", "deployment"), Term.preferred("fr", "déploiement"));
    private static final Concept GO = Concept.of("go",
            Term.preferred("en", "Go").withCaseSensitive(true).withDoNotTranslate(true),
            Term.preferred("fr", "Go").withCaseSensitive(true).withDoNotTranslate(true));
    private static final Concept SEARCH = Concept.of("search",
            Term.preferred("en", "search"), Term.preferred("fr", "recherche"));
    private static final Concept LOCAL = Concept.of("local",
            Term.preferred("en", "venue"), Term.preferred("fr", "local technique"));

    private final TermMatcher matcher = TermMatcher.of(List.of(ON_CALL, CD, DELIVERY, POLICY, DEPLOYMENT, GO,
            SEARCH, LOCAL));

    private List<String> found(String text, String lang) {
        return matcher.find(text, lang).stream().map(h -> h.concept().id() + "=" + h.matchedText()).toList();
    }

    @Nested
    class English {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Who is on-call tonight?                      | on-call=on-call
                Who is on call tonight?                      | on-call=on call
                ON-CALL rotation                             | on-call=ON-CALL
                Continuous Delivery at scale                 | cd=Continuous Delivery
                two retry policies                           | policy=retry policies
                Deployments fail                             | deployment=Deployments
                the deployment's owner                       | deployment=deployment
                searches and search                          | search=searches,search=search
                """)
        void findsDespiteCaseHyphensAndPlurals(String text, String expected) {
            assertThat(found(text, "en")).containsExactly(expected.split(","));
        }

        @Test
        void prefersTheLongestLeftmostTerm() {
            assertThat(found("continuous delivery and delivery", "en"))
                    .containsExactly("cd=continuous delivery", "delivery=delivery");
        }

        @Test
        void returnsOffsetsIntoTheOriginalText() {
            String text = "Ask the On-Call engineer";
            TermHit hit = matcher.find(text, "en").getFirst();
            assertThat(text.substring(hit.start(), hit.end())).isEqualTo("On-Call");
            assertThat(hit.term().text()).isEqualTo("on-call");
        }

        @Test
        void caseSensitiveTermsNeedTheirCase() {
            assertThat(found("Written in Go, we go fast", "en")).containsExactly("go=Go");
        }

        @Test
        void termsDoNotSpanSentencesOrClauses() {
            assertThat(found("Keep it continuous. Delivery matters", "en")).containsExactly("delivery=Delivery");
            assertThat(found("retry, policy", "en")).isEmpty();
        }

        @Test
        void partialWordsDoNotMatch() {
            assertThat(found("redeployment and deliveryman", "en")).isEmpty();
        }
    }

    @Nested
    class French {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                Qui est d'astreinte ?                        | on-call=astreinte
                L’astreinte commence                         | on-call=astreinte
                les astreintes de nuit                       | on-call=astreintes
                Les livraisons continues                     | cd=livraisons continues
                le deploiement du service                    | deployment=deploiement
                DÉPLOIEMENTS                                 | deployment=DÉPLOIEMENTS
                les politiques de relance                    | policy=politiques de relance
                les locaux techniques                        | local=locaux techniques
                """)
        void findsDespiteElisionAccentsAndPlurals(String text, String expected) {
            assertThat(found(text, "fr")).containsExactly(expected);
        }

        @Test
        void elisionIsExcludedFromTheOffsets() {
            String text = "Pendant l'astreinte";
            TermHit hit = matcher.find(text, "fr").getFirst();
            assertThat(hit.start()).isEqualTo(text.indexOf("astreinte"));
            assertThat(hit.end()).isEqualTo(text.length());
        }

        @Test
        void regionalTagsUseTheLanguageRules() {
            assertThat(found("l'astreinte", "fr-CA")).containsExactly("on-call=astreinte");
        }
    }

    @Test
    void expandsAQueryWithTheOtherLanguagesPreferredTerms() {
        assertThat(matcher.expand("astreinte de nuit", "fr")).containsExactly("on-call");
        assertThat(matcher.expand("continuous delivery pipelines", "en")).containsExactly("livraison continue");
        assertThat(matcher.expand("Go", "en")).isEmpty();
        assertThat(matcher.expand("nothing here", "en")).isEmpty();
    }

    @Test
    void unknownLanguageOrEmptyTextFindsNothing() {
        assertThat(matcher.find("on-call", "de")).isEmpty();
        assertThat(matcher.find("", "en")).isEmpty();
    }

    @Test
    void overlappingTermsFromTheSuffixAreFound() {
        // "policy" alone is not a term, "retry policy" is: the automaton must fail over from "retry retry".
        assertThat(found("retry retry policy", "en")).containsExactly("policy=retry policy");
    }
}
