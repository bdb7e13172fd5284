package dev.passerelle.elasticsearch.analysis;

import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Drops Lucene's English stop words; expects lowercased tokens. */
@NamedComponent("passerelle_english_stop")
public final class EnglishStopFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new StopFilter(input, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    }
}
