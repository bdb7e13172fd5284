package dev.passerelle.glossary.match;

import dev.passerelle.glossary.Concept;
import dev.passerelle.glossary.Term;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Aho–Corasick over word keys for the terms of one language; transitions are (state, word id) → state. */
final class TermAutomaton {

    /** A term as word ids; {@code caseKeys} is set for case-sensitive terms only. */
    record Entry(Concept concept, Term term, String[] keys, String[] caseKeys) {

        static Entry of(Concept concept, Term term, String lang) {
            Tokens tokens = Tokens.of(term.text(), lang);
            if (tokens.count == 0) {
                return null;
            }
            String[] keys = new String[tokens.count];
            String[] caseKeys = term.caseSensitive() ? new String[tokens.count] : null;
            for (int i = 0; i < tokens.count; i++) {
                keys[i] = Folding.key(tokens.word(i), lang);
                if (caseKeys != null) {
                    caseKeys[i] = Folding.caseKey(tokens.word(i), lang);
                }
            }
            return new Entry(concept, term, keys, caseKeys);
        }
    }

    private static final int[] NONE = new int[0];

    private final String lang;
    private final Entry[] entries;
    private final Map<String, Integer> wordIds = new HashMap<>();
    private final Map<Long, Integer> transitions = new HashMap<>();
    private final int[] fail;
    private final int[][] outputs;

    TermAutomaton(String lang, List<Entry> entries) {
        this.lang = lang;
        this.entries = entries.toArray(Entry[]::new);
        List<List<Integer>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        for (int e = 0; e < this.entries.length; e++) {
            int state = 0;
            for (String key : this.entries[e].keys()) {
                int word = wordIds.computeIfAbsent(key, k -> wordIds.size());
                Integer next = transitions.get(edge(state, word));
                if (next == null) {
                    next = out.size();
                    out.add(new ArrayList<>());
                    transitions.put(edge(state, word), next);
                }
                state = next;
            }
            out.get(state).add(e);
        }
        fail = new int[out.size()];
        linkFailures(out);
        outputs = new int[out.size()][];
        for (int s = 0; s < outputs.length; s++) {
            outputs[s] = out.get(s).isEmpty() ? NONE : out.get(s).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Breadth-first: each state's failure is the longest proper suffix that is also a state; outputs merge. */
    private void linkFailures(List<List<Integer>> out) {
        Map<Integer, List<long[]>> children = new HashMap<>();
        transitions.forEach((edge, to) -> children.computeIfAbsent((int) (edge >>> 32), s -> new ArrayList<>())
                .add(new long[] {edge & 0xffffffffL, to}));
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (long[] child : children.getOrDefault(0, List.of())) {
            fail[(int) child[1]] = 0;
            queue.add((int) child[1]);
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            for (long[] child : children.getOrDefault(state, List.of())) {
                int word = (int) child[0];
                int to = (int) child[1];
                int f = fail[state];
                while (f != 0 && next(f, word) < 0) {
                    f = fail[f];
                }
                int target = next(f, word);
                fail[to] = target < 0 || target == to ? 0 : target;
                out.get(to).addAll(out.get(fail[to]));
                queue.add(to);
            }
        }
    }

    private static long edge(int state, int word) {
        return ((long) state << 32) | word;
    }

    private int next(int state, int word) {
        Integer to = transitions.get(edge(state, word));
        return to == null ? -1 : to;
    }

    List<TermHit> find(String text) {
        Tokens tokens = Tokens.of(text, lang);
        List<int[]> candidates = new ArrayList<>(); // {first token, last token, entry}
        int state = 0;
        for (int i = 0; i < tokens.count; i++) {
            if (tokens.breakBefore[i]) {
                state = 0;
            }
            Integer word = wordIds.get(Folding.key(tokens.word(i), lang));
            if (word == null) {
                state = 0;
                continue;
            }
            while (state != 0 && next(state, word) < 0) {
                state = fail[state];
            }
            state = Math.max(0, next(state, word));
            for (int e : outputs[state]) {
                int first = i - entries[e].keys().length + 1;
                if (entries[e].caseKeys() == null || sameCase(tokens, first, entries[e].caseKeys())) {
                    candidates.add(new int[] {first, i, e});
                }
            }
        }
        return candidates.isEmpty() ? List.of() : select(text, tokens, candidates);
    }

    private boolean sameCase(Tokens tokens, int first, String[] caseKeys) {
        for (int k = 0; k < caseKeys.length; k++) {
            if (!Folding.caseKey(tokens.word(first + k), lang).equals(caseKeys[k])) {
                return false;
            }
        }
        return true;
    }

    /** Longest leftmost hits; several concepts sharing exactly one span are all kept, once each. */
    private List<TermHit> select(String text, Tokens tokens, List<int[]> candidates) {
        candidates.sort(Comparator.<int[]>comparingInt(c -> c[0]).thenComparingInt(c -> -c[1])
                .thenComparingInt(c -> entries[c[2]].term().status().ordinal()));
        List<TermHit> hits = new ArrayList<>();
        int[] last = null;
        for (int[] c : candidates) {
            boolean sameSpan = last != null && last[0] == c[0] && last[1] == c[1];
            if (last != null && !sameSpan && c[0] <= last[1]) {
                continue;
            }
            Entry entry = entries[c[2]];
            if (sameSpan && hits.stream().anyMatch(h -> h.start() == tokens.start[c[0]] && h.concept() == entry.concept())) {
                continue;
            }
            int start = tokens.start[c[0]];
            int end = tokens.end[c[1]];
            hits.add(new TermHit(start, end, text.substring(start, end), entry.concept(), entry.term()));
            last = c;
        }
        return hits;
    }
}
