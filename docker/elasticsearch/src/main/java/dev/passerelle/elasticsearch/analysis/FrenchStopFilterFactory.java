package dev.passerelle.elasticsearch.analysis;

import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Drops Lucene's French stop words; expects lowercased, still accented tokens ("à", "été"). */
@NamedComponent("passerelle_french_stop")
public final class FrenchStopFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new StopFilter(input, FrenchAnalyzer.getDefaultStopSet());
    }
}
