package dev.passerelle.mt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Asks connectors in order, each only for the segments still untranslated; answers per segment with the
 * first result found, or empty when no connector had one, with the reasons the connectors gave for passing.
 * Connector failures propagate (the route retries).
 */
public final class TranslationChain {

    private final List<MtConnector> connectors;

    public TranslationChain(List<MtConnector> connectors) {
        this.connectors = List.copyOf(connectors);
    }

    public List<Optional<MtResult>> translate(LanguagePair pair, List<MtRequest> batch) {
        return translateExplained(pair, batch).stream().map(o -> Optional.ofNullable(o.result())).toList();
    }

    /** Per segment: the first connector's result, or no result and every reason given on the way (joined). */
    public List<MtOutcome> translateExplained(LanguagePair pair, List<MtRequest> batch) {
        List<MtOutcome> results = new ArrayList<>(Collections.nCopies(batch.size(), MtOutcome.NOTHING));
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
            List<MtOutcome> answers = connector.translateExplained(pair, asked);
            if (answers.size() != asked.size()) {
                throw new MtException("MT connector '" + connector.id() + "' answered " + answers.size()
                        + " results for " + asked.size() + " segments");
            }
            List<Integer> stillPending = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                int position = pending.get(i);
                MtOutcome answer = answers.get(i);
                if (answer.isTranslated()) {
                    results.set(position, answer);
                } else {
                    results.set(position, MtOutcome.refused(join(results.get(position).reason(), answer.reason())));
                    stillPending.add(position);
                }
            }
            pending = stillPending;
        }
        return Collections.unmodifiableList(results);
    }

    private static String join(String earlier, String later) {
        if (earlier == null) {
            return later;
        }
        return later == null ? earlier : earlier + "; " + later;
    }

    public List<String> connectorIds() {
        return connectors.stream().map(MtConnector::id).toList();
    }
}
