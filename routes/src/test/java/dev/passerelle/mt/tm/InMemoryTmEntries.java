package dev.passerelle.mt.tm;

import dev.passerelle.mt.LanguagePair;
import java.util.ArrayList;
import java.util.List;

/** The TM's source of truth in a list; records the ids it was asked for. */
final class InMemoryTmEntries implements TmEntries {

    private final List<TmEntry> entries = new ArrayList<>();
    private final List<Long> asked = new ArrayList<>();

    synchronized long add(LanguagePair pair, String source, String target) {
        long id = entries.size() + 1;
        entries.add(new TmEntry(id, pair, source, target));
        return id;
    }

    @Override
    public synchronized List<TmEntry> after(long id, int limit) {
        asked.add(id);
        return entries.stream().filter(e -> e.id() > id).limit(limit).toList();
    }

    synchronized List<Long> asked() {
        return List.copyOf(asked);
    }

    synchronized void forgetAsked() {
        asked.clear();
    }
}
