package dev.passerelle.glossary.match;

import dev.passerelle.glossary.Concept;
import dev.passerelle.glossary.Glossary;
import dev.passerelle.glossary.Languages;
import dev.passerelle.glossary.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds glossary terms in texts, whatever their inflection (singular/plural in English and French), case (unless
 * the term is case-sensitive), accents, French elision or hyphenation. Built once per glossary, then thread-safe:
 * one Aho–Corasick automaton per language over word keys, so a text is scanned once whatever the glossary size.
 * Overlapping hits resolve to the longest, leftmost one ("continuous delivery" wins over "delivery").
 */
public final class TermMatcher {

    private final List<Concept> concepts;
    private final Map<String, TermAutomaton> byLanguage;

    private TermMatcher(Collection<Concept> concepts) {
        this.concepts = List.copyOf(concepts);
        Map<String, List<TermAutomaton.Entry>> entries = new HashMap<>();
        for (Concept concept : this.concepts) {
            for (Term term : concept.terms()) {
                String lang = Languages.primary(term.lang());
                TermAutomaton.Entry entry = TermAutomaton.Entry.of(concept, term, lang);
                if (entry != null) {
                    entries.computeIfAbsent(lang, l -> new ArrayList<>()).add(entry);
                }
            }
        }
        Map<String, TermAutomaton> automata = new HashMap<>();
        entries.forEach((lang, list) -> automata.put(lang, new TermAutomaton(lang, list)));
        this.byLanguage = Map.copyOf(automata);
    }

    public static TermMatcher of(Collection<Concept> concepts) {
        return new TermMatcher(concepts);
    }

    public static TermMatcher of(Glossary glossary) {
        return new TermMatcher(glossary.concepts());
    }

    public List<Concept> concepts() {
        return concepts;
    }

    /** The terms of {@code lang} found in {@code text}, in text order. */
    public List<TermHit> find(String text, String lang) {
        TermAutomaton automaton = byLanguage.get(Languages.primary(lang));
        if (automaton == null || text == null || text.isEmpty()) {
            return List.of();
        }
        return automaton.find(text);
    }

    /**
     * For search: the preferred terms, in the other languages, of the concepts found in {@code query}
     * (French "astreinte" → English "on-call"). Do-not-translate terms add nothing.
     */
    public List<String> expand(String query, String lang) {
        String primary = Languages.primary(lang);
        Set<String> expansions = new LinkedHashSet<>();
        for (TermHit hit : find(query, lang)) {
            for (String other : hit.concept().languages()) {
                if (!Languages.primary(other).equals(primary)) {
                    hit.concept().preferred(other)
                            .filter(t -> !t.text().equalsIgnoreCase(hit.term().text()))
                            .ifPresent(t -> expansions.add(t.text()));
                }
            }
        }
        return List.copyOf(expansions);
    }
}
