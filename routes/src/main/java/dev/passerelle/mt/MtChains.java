package dev.passerelle.mt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The translation chain of each event: its own connector ids or {@code passerelle.mt.chain}, always with the
 * translation memory first. An id with no configured connector (no key set on this server) is skipped, with that
 * reason on the segments; the default chain must be fully configured (checked at startup).
 */
public class MtChains {

    static final String TM = "tm";

    private final MtConnectors connectors;
    private final MtEventSettings events;
    private final List<String> defaultChain;
    private final ConcurrentMap<List<String>, TranslationChain> built = new ConcurrentHashMap<>();

    public MtChains(MtConnectors connectors, MtEventSettings events, MtProperties properties) {
        this.connectors = connectors;
        this.events = events;
        this.defaultChain = properties.chain();
        connectors.get(defaultChain);
    }

    public TranslationChain forEvent(long eventId) {
        List<String> own = events.get(eventId).chain();
        return chain(own == null || own.isEmpty() ? defaultChain : own);
    }

    public TranslationChain defaultChain() {
        return chain(defaultChain);
    }

    private TranslationChain chain(List<String> ids) {
        return built.computeIfAbsent(ids, this::build);
    }

    private TranslationChain build(List<String> ids) {
        List<String> ordered = new ArrayList<>(ids);
        if (connectors.ids().contains(TM)) {
            ordered.remove(TM);
            ordered.addFirst(TM);
        }
        List<MtConnector> chain = new ArrayList<>();
        for (String id : ordered) {
            chain.add(find(id).orElseGet(() -> new UnconfiguredConnector(id)));
        }
        return new TranslationChain(chain);
    }

    private Optional<MtConnector> find(String id) {
        return connectors.ids().contains(id) ? Optional.of(connectors.get(id)) : Optional.empty();
    }

    /** Stands for a connector an event asks for but this server has no configuration (key, URL) for. */
    private record UnconfiguredConnector(String id) implements MtConnector {

        @Override
        public boolean supports(LanguagePair pair) {
            return true;
        }

        @Override
        public List<Optional<MtResult>> translate(LanguagePair pair, List<MtRequest> batch) {
            return batch.stream().map(r -> Optional.<MtResult>empty()).toList();
        }

        @Override
        public List<MtOutcome> translateExplained(LanguagePair pair, List<MtRequest> batch) {
            return batch.stream().map(r -> MtOutcome.refused(id + ": not configured on this server "
                    + "(set passerelle.mt." + id + ".*)")).toList();
        }
    }
}
