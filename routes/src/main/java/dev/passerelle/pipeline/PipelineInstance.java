package dev.passerelle.pipeline;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names this app instance in the history it writes ("pipeline@host-1234"), so that with several instances on one
 * database an organiser can tell which one did what. {@code passerelle.instance-id} overrides the default.
 */
@Component
public class PipelineInstance {

    private final String actor;

    PipelineInstance(@Value("${passerelle.instance-id:}") String instanceId) {
        String id = instanceId.isBlank()
                ? System.getenv().getOrDefault("HOSTNAME", "local") + "-" + ProcessHandle.current().pid()
                : instanceId;
        this.actor = "pipeline@" + id;
    }

    public String actor() {
        return actor;
    }
}
