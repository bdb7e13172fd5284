package dev.passerelle.mt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Every {@link MtConnector} bean, indexed by its stable id. */
@Component
public class MtConnectors {

    private final Map<String, MtConnector> byId = new LinkedHashMap<>();

    public MtConnectors(List<MtConnector> connectors) {
        for (MtConnector connector : connectors) {
            MtConnector previous = byId.putIfAbsent(connector.id(), connector);
            if (previous != null) {
                throw new IllegalStateException("Two MT connectors share the id '" + connector.id() + "': "
                        + previous.getClass().getName() + " and " + connector.getClass().getName());
            }
        }
    }

    public MtConnector get(String id) {
        MtConnector connector = byId.get(id);
        if (connector == null) {
            throw new UnknownMtConnectorException(id, byId.keySet());
        }
        return connector;
    }

    public List<MtConnector> get(List<String> ids) {
        return ids.stream().map(this::get).toList();
    }

    public Set<String> ids() {
        return Set.copyOf(byId.keySet());
    }
}
