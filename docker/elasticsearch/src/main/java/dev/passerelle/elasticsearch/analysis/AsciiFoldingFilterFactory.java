package dev.passerelle.elasticsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Folds accents and ligatures to ASCII ("é" → "e", "œ" → "oe") so queries typed without accents match. */
@NamedComponent("passerelle_ascii_folding")
public final class AsciiFoldingFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new ASCIIFoldingFilter(input);
    }

    // Also applied to wildcard and fuzzy query terms, so "déploi*" and "deploi*" find the same documents.
    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
