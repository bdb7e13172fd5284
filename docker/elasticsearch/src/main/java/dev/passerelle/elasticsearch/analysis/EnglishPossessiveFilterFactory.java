package dev.passerelle.elasticsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Removes a trailing possessive {@code 's} (straight or curly apostrophe): "speaker's" → "speaker". */
@NamedComponent("passerelle_english_possessive")
public final class EnglishPossessiveFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream input) {
        return new EnglishPossessiveFilter(input);
    }
}
