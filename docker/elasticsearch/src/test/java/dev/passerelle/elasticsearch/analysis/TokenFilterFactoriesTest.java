package dev.passerelle.elasticsearch.analysis;

import java.io.IOException;

import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.junit.Test;

/** Each filter on its own, after a whitespace tokenizer that neither lowercases nor strips punctuation. */
public class TokenFilterFactoriesTest extends BaseTokenStreamTestCase {

    @Test
    public void frenchElisionStripsArticlesAndKeepsCase() throws IOException {
        assertFilters(new FrenchElisionFilterFactory(), "l'avion L'Été qu'elle jusqu'à", "avion", "Été", "elle", "à");
    }

    @Test
    public void frenchStopDropsLowercaseStopWords() throws IOException {
        assertFilters(new FrenchStopFilterFactory(), "le chat et à la souris", "chat", "souris");
    }

    @Test
    public void frenchLightStemMergesSingularAndPlural() throws IOException {
        assertFilters(new FrenchLightStemFilterFactory(), "conférence conférences", "conferenc", "conferenc");
    }

    @Test
    public void asciiFoldingFoldsAccentsAndLigatures() throws IOException {
        assertFilters(new AsciiFoldingFilterFactory(), "Côté œuvre naïve", "Cote", "oeuvre", "naive");
    }

    @Test
    public void englishPossessiveStripsTrailingApostropheS() throws IOException {
        assertFilters(new EnglishPossessiveFilterFactory(), "speaker's Speaker’s speakers",
                "speaker", "Speaker", "speakers");
    }

    @Test
    public void englishStopDropsLowercaseStopWords() throws IOException {
        assertFilters(new EnglishStopFilterFactory(), "the best of times", "best", "times");
    }

    @Test
    public void englishPorterStemMergesSingularAndPlural() throws IOException {
        assertFilters(new EnglishPorterStemFilterFactory(), "deployment deployments", "deploy", "deploy");
    }

    private static void assertFilters(TokenFilterFactory filter, String input, String... output) throws IOException {
        assertTokenStreamContents(filter.create(whitespaceMockTokenizer(input)), output);
    }
}
