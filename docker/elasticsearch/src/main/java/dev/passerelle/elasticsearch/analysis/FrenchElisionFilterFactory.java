package dev.passerelle.elasticsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Strips elided French articles ({@code l'}, {@code d'}, {@code qu'}…) in any case: "L'Été" → "Été". */
@NamedComponent("passerelle_french_elision")
public final class FrenchElisionFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new ElisionFilter(input, FrenchAnalyzer.DEFAULT_ARTICLES);
    }

    // Also applied to wildcard and fuzzy query terms, as Elasticsearch does for its own elision filter.
    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
