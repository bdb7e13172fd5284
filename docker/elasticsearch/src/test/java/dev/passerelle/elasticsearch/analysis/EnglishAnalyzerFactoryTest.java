package dev.passerelle.elasticsearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;

public class EnglishAnalyzerFactoryTest extends BaseTokenStreamTestCase {

    private Analyzer analyzer;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        analyzer = new EnglishAnalyzerFactory().create();
    }

    @Override
    public void tearDown() throws Exception {
        analyzer.close();
        super.tearDown();
    }

    @Test
    public void stripsPossessivesAndLeavesGapsForStopWords() throws Exception {
        assertAnalyzesTo(analyzer, "The speaker's deployments", new String[] {"speaker", "deploy"}, new int[] {2, 1});
    }

    @Test
    public void stripsPossessivesWithCurlyApostrophes() throws Exception {
        assertAnalyzesTo(analyzer, "Speaker’s keynote", new String[] {"speaker", "keynot"});
    }

    @Test
    public void matchesSingularAndPluralToOneToken() throws Exception {
        for (String form : new String[] {"deployment", "deployments", "Deployments"}) {
            assertAnalyzesTo(analyzer, form, new String[] {"deploy"});
        }
    }

    @Test
    public void dropsStopWordsInAnyCase() throws Exception {
        assertAnalyzesTo(analyzer, "It is THE best of times", new String[] {"best", "time"});
    }

    @Test
    public void normalizesWildcardTermsWithoutStemming() {
        assertEquals("deployments*", analyzer.normalize("title", "Deployments*").utf8ToString());
    }

    @Test
    public void survivesRandomText() throws Exception {
        checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    }
}
