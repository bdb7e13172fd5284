package dev.passerelle.mt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Asks connectors in order, each only for the segments still untranslated; answers per segment with the
 * first result found, or empty when no connector had one. Connector failures propagate (the route retries).
 */
public final class TranslationChain {

    private final List<MtConnector> connectors;

    public TranslationChain(List<MtConnector> connectors) {
        this.connectors = List.copyOf(connectors);
    }

    public List<Optional<MtResult>> translate(LanguagePair pair, List<MtRequest> batch) {
        List<Optional<MtResult>> results = new ArrayList<>(Collections.nCopies(batch.size(), Optional.empty()));
        List<Integer> pending = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            pending.add(i);
        }
        for (MtConnector connector : connectors) {
            if (pending.isEmpty()) {
                break;
            }
            if (!connector.supports(pair)) {
                continue;
            }
            List<MtRequest> asked = pending.stream().map(batch::get).toList();
            List<Optional<MtResult>> answers = connector.translate(pair, asked);
            if (answers.size() != asked.size()) {
                throw new MtException("MT connector '" + connector.id() + "' answered " + answers.size()
                        + " results for " + asked.size() + " segments");
            }
            List<Integer> stillPending = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                Optional<MtResult> answer = answers.get(i);
                if (answer.isPresent()) {
                    results.set(pending.get(i), answer);
                } else {
                    stillPending.add(pending.get(i));
                }
            }
            pending = stillPending;
        }
        return Collections.unmodifiableList(results);
    }

    public List<String> connectorIds() {
        return connectors.stream().map(MtConnector::id).toList();
    }
}
