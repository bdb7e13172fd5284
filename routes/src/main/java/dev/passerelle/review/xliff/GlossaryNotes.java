package dev.passerelle.review.xliff;

import dev.passerelle.event.Event;
import dev.passerelle.glossary.Term;
import dev.passerelle.glossary.TermStatus;
import dev.passerelle.glossary.match.TermHit;
import dev.passerelle.glossary.match.TermMatcher;
import dev.passerelle.glossary.store.Glossaries;
import dev.passerelle.segment.Segment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The event's glossary terms found in each exported source, one note per concept: the approved term to use in the
 * target language (and the forbidden ones to avoid), or that the term stays untranslated. Spans are offsets in the
 * source's plain text. Without a glossary bean (routes alone) there are none.
 */
@Component
class GlossaryNotes implements SegmentNotes {

    static final String CATEGORY = "glossary";

    private final ObjectProvider<Glossaries> glossaries;

    GlossaryNotes(ObjectProvider<Glossaries> glossaries) {
        this.glossaries = glossaries;
    }

    @Override
    public Map<Long, List<SegmentNote>> notes(Event event, List<Segment> page) {
        Glossaries available = glossaries.getIfAvailable();
        if (available == null) {
            return Map.of();
        }
        TermMatcher matcher = available.matcher(event.id());
        Map<Long, List<SegmentNote>> notes = new HashMap<>();
        for (Segment segment : page) {
            Map<String, TermHit> firstByConcept = new LinkedHashMap<>();
            for (TermHit hit : matcher.find(InlineRun.plain(InlineRun.fromLetterCoded(segment.source())),
                    segment.sourceLang())) {
                firstByConcept.putIfAbsent(hit.concept().id(), hit);
            }
            if (!firstByConcept.isEmpty()) {
                notes.put(segment.id(), firstByConcept.values().stream()
                        .map(hit -> note(hit, segment.targetLang())).toList());
            }
        }
        return notes;
    }

    static SegmentNote note(TermHit hit, String targetLang) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("concept", hit.concept().id());
        details.put("term", hit.term().text());
        StringBuilder text = new StringBuilder("Glossary: “").append(hit.matchedText()).append('”');
        if (hit.term().doNotTranslate()) {
            details.put("doNotTranslate", "yes");
            text.append(" – do not translate, keep it as it is");
        } else {
            Optional<Term> approved = hit.concept().preferred(targetLang);
            approved.ifPresentOrElse(term -> {
                details.put("target", term.text());
                text.append(" → “").append(term.text()).append('”');
            }, () -> text.append(" – no approved ").append(targetLang).append(" term yet"));
            List<String> forbidden = new ArrayList<>();
            hit.concept().terms(targetLang).stream().filter(t -> t.status() == TermStatus.FORBIDDEN)
                    .forEach(t -> forbidden.add("“" + t.text() + "”"));
            if (!forbidden.isEmpty()) {
                text.append(", not ").append(String.join(", ", forbidden));
            }
        }
        details.put("start", Integer.toString(hit.start()));
        details.put("end", Integer.toString(hit.end()));
        return new SegmentNote(CATEGORY, text.toString(), "source", null, details);
    }
}
