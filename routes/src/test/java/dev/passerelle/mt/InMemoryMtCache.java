package dev.passerelle.mt;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The MT cache in a map, for tests without a database. */
public class InMemoryMtCache implements MtCache {

    private final Map<String, Cached> entries = new ConcurrentHashMap<>();

    @Override
    public Map<String, Cached> find(Collection<String> keys) {
        Map<String, Cached> found = new HashMap<>();
        keys.forEach(k -> {
            Cached c = entries.get(k);
            if (c != null) {
                found.put(k, c);
            }
        });
        return found;
    }

    @Override
    public void put(List<Entry> added) {
        added.forEach(e -> entries.putIfAbsent(e.key(), new Cached(e.target(), e.model(), e.at())));
    }

    public int size() {
        return entries.size();
    }
}
