package dev.passerelle.mt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Event MT settings in a map, for tests without a database. */
class InMemoryMtEventSettings implements MtEventSettings {

    private final Map<Long, Settings> byEvent = new ConcurrentHashMap<>();

    @Override
    public Settings get(long eventId) {
        return byEvent.getOrDefault(eventId, Settings.DEFAULTS);
    }

    @Override
    public void update(long eventId, Settings settings) {
        byEvent.put(eventId, settings);
    }
}
