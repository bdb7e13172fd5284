package dev.passerelle.elasticsearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * {@code passerelle_english}: standard tokenizer, possessive removal, lowercase, English stop words, Porter stemming.
 * The same chain as a custom analyzer built from this plugin's {@code passerelle_english_*} filters.
 */
@NamedComponent("passerelle_english")
public final class EnglishAnalyzerFactory implements AnalyzerFactory {

    private final EnglishPossessiveFilterFactory possessive = new EnglishPossessiveFilterFactory();
    private final EnglishStopFilterFactory stop = new EnglishStopFilterFactory();
    private final EnglishPorterStemFilterFactory stem = new EnglishPorterStemFilterFactory();

    @Override
    public Analyzer create() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream tokens = new LowerCaseFilter(possessive.create(source));
                return new TokenStreamComponents(source, stem.create(stop.create(tokens)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }
}
