package dev.passerelle.elasticsearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;

public class FrenchAnalyzerFactoryTest extends BaseTokenStreamTestCase {

    private Analyzer analyzer;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        analyzer = new FrenchAnalyzerFactory().create();
    }

    @Override
    public void tearDown() throws Exception {
        analyzer.close();
        super.tearDown();
    }

    @Test
    public void elidesFoldsAndStemsAndLeavesGapsForStopWords() throws Exception {
        assertAnalyzesTo(analyzer, "Les déploiements de l'infrastructure",
                new String[] {"deplo", "infrastructur"}, new int[] {2, 2});
    }

    @Test
    public void matchesPluralAccentedAndUnaccentedFormsToOneToken() throws Exception {
        for (String form : new String[] {"déploiements", "Déploiement", "deploiement", "DEPLOIEMENTS"}) {
            assertAnalyzesTo(analyzer, form, new String[] {"deplo"});
        }
    }

    @Test
    public void elidesArticlesInAnyCase() throws Exception {
        assertAnalyzesTo(analyzer, "L'Hôtel d'Été QU'ELLE", new String[] {"hotel", "ete"});
    }

    @Test
    public void dropsAccentedStopWordsBeforeFolding() throws Exception {
        assertAnalyzesTo(analyzer, "J'ai été à l'hôtel", new String[] {"ete", "hotel"});
    }

    @Test
    public void foldsLigatures() throws Exception {
        assertAnalyzesTo(analyzer, "les œuvres", new String[] {"oeuvr"});
    }

    @Test
    public void normalizesWildcardTermsWithoutStemming() {
        assertEquals("hotel*", analyzer.normalize("title", "L'Hôtel*").utf8ToString());
    }

    @Test
    public void survivesRandomText() throws Exception {
        checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    }
}
