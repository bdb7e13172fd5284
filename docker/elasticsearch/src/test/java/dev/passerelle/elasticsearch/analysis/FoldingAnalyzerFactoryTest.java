package dev.passerelle.elasticsearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;

public class FoldingAnalyzerFactoryTest extends BaseTokenStreamTestCase {

    private Analyzer analyzer;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        analyzer = new FoldingAnalyzerFactory().create();
    }

    @Override
    public void tearDown() throws Exception {
        analyzer.close();
        super.tearDown();
    }

    @Test
    public void lowercasesAndFoldsNames() throws Exception {
        assertAnalyzesTo(analyzer, "Hélène Côté-Œuvray", new String[] {"helene", "cote", "oeuvray"});
    }

    @Test
    public void keepsStopWordsAndWordEndings() throws Exception {
        assertAnalyzesTo(analyzer, "Les Déploiements", new String[] {"les", "deploiements"});
    }

    @Test
    public void normalizesWildcardTerms() {
        assertEquals("cote*", analyzer.normalize("speaker", "Côté*").utf8ToString());
    }

    @Test
    public void survivesRandomText() throws Exception {
        checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    }
}
