package dev.passerelle.workbench;

import dev.passerelle.glossary.Term;
import dev.passerelle.glossary.match.TermHit;
import dev.passerelle.glossary.match.TermMatcher;
import dev.passerelle.review.check.GlossaryReview;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The event's glossary terms in a source segment, each with what the glossary says to write in the target: the
 * preferred target term, or the term itself when it must stay untranslated; terms with no agreed translation
 * are left out, as there is nothing to tell the translator.
 */
@Component
class GlossaryTermHighlights implements GlossaryTermSpans {

    /** The matcher of an event's effective glossary, by event slug. */
    private final Function<String, TermMatcher> matchers;

    @Autowired
    GlossaryTermHighlights(GlossaryReview glossary) {
        this(glossary::matcher);
    }

    GlossaryTermHighlights(Function<String, TermMatcher> matchers) {
        this.matchers = matchers;
    }

    @Override
    public List<SegmentMarkup.TermSpan> find(String event, String sourceLang, String targetLang, String source) {
        return matchers.apply(event).find(source, sourceLang).stream()
                .filter(hit -> hit.term().status().approved())
                .map(hit -> new SegmentMarkup.TermSpan(hit.start(), hit.end(), hit.matchedText(),
                        translation(hit, targetLang)))
                .filter(span -> span.translation() != null)
                .toList();
    }

    private static String translation(TermHit hit, String targetLang) {
        if (hit.term().doNotTranslate()) {
            return hit.term().text();
        }
        return hit.concept().preferred(targetLang).map(Term::text).orElse(null);
    }
}
