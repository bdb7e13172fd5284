package dev.passerelle.elasticsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Porter stemming: "deployments" and "deployment" share one token; expects lowercased tokens. */
@NamedComponent("passerelle_english_porter_stem")
public final class EnglishPorterStemFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new PorterStemFilter(input);
    }
}
