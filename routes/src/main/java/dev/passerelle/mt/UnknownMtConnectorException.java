package dev.passerelle.mt;

import java.util.Collection;

/** A configured connector id matches no {@link MtConnector} bean (a configuration error). */
public class UnknownMtConnectorException extends MtException {

    public UnknownMtConnectorException(String id, Collection<String> known) {
        super("Unknown MT connector id '" + id + "' (known: " + known + "); check passerelle.mt.chain");
    }
}
