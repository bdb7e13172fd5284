package dev.passerelle.elasticsearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** {@code passerelle_folding}: standard tokenizer, lowercase, ASCII folding; no stemming, for names in any language. */
@NamedComponent("passerelle_folding")
public final class FoldingAnalyzerFactory implements AnalyzerFactory {

    private final AsciiFoldingFilterFactory folding = new AsciiFoldingFilterFactory();

    @Override
    public Analyzer create() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, folding.create(new LowerCaseFilter(source)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return folding.normalize(new LowerCaseFilter(in));
            }
        };
    }
}
