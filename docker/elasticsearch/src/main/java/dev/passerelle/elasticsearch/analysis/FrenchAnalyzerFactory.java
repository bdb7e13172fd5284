package dev.passerelle.elasticsearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * {@code passerelle_french}: standard tokenizer, elision, lowercase, French stop words, light stemming, ASCII folding.
 * The same chain as a custom analyzer built from this plugin's {@code passerelle_french_*} filters.
 */
@NamedComponent("passerelle_french")
public final class FrenchAnalyzerFactory implements AnalyzerFactory {

    private final FrenchElisionFilterFactory elision = new FrenchElisionFilterFactory();
    private final FrenchStopFilterFactory stop = new FrenchStopFilterFactory();
    private final FrenchLightStemFilterFactory stem = new FrenchLightStemFilterFactory();
    private final AsciiFoldingFilterFactory folding = new AsciiFoldingFilterFactory();

    @Override
    public Analyzer create() {
        return new Analyzer() {
            // Folding comes last: the stop list and the stemmer both expect accented French.
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream tokens = new LowerCaseFilter(elision.create(source));
                return new TokenStreamComponents(source, folding.create(stem.create(stop.create(tokens))));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return folding.normalize(new LowerCaseFilter(elision.normalize(in)));
            }
        };
    }
}
