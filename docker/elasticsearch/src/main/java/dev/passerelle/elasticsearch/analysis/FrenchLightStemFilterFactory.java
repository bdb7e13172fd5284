package dev.passerelle.elasticsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Light French stemming (plurals, feminine forms, common suffixes); expects lowercased tokens. */
@NamedComponent("passerelle_french_light_stem")
public final class FrenchLightStemFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new FrenchLightStemFilter(input);
    }
}
