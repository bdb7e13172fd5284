package dev.passerelle.mt;

import dev.passerelle.glossary.LanguagePairTerms;
import dev.passerelle.glossary.store.Glossaries;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The event's effective glossary (its own terms over the shared ones) as MT receives it; the glossary's checksum
 * keys the MT cache and provider-side glossaries, so editing a term invalidates both.
 */
@Component
class GlossaryTerms implements MtGlossaries {

    private final Glossaries glossaries;

    GlossaryTerms(Glossaries glossaries) {
        this.glossaries = glossaries;
    }

    @Override
    public MtGlossary forPair(long eventId, String sourceLang, String targetLang) {
        LanguagePairTerms terms = glossaries.forPair(eventId, sourceLang, targetLang);
        if (terms.isEmpty()) {
            return MtGlossary.EMPTY;
        }
        Set<String> kept = new HashSet<>(terms.doNotTranslate());
        List<MtGlossary.MtGlossaryEntry> entries = terms.entries().stream()
                .map(e -> new MtGlossary.MtGlossaryEntry(e.source(), e.target(), kept.contains(e.source())))
                .toList();
        return new MtGlossary(terms.checksum(), entries);
    }
}
