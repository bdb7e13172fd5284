package dev.passerelle.pipeline;

import java.util.List;

/**
 * A pipeline step failed for these items. The step's transaction rolled back; the route's error handler retries
 * and, when retries are exhausted, parks the items with {@link PipelineFailures}.
 */
public class WorkFailedException extends RuntimeException {

    private final WorkKind kind;
    private final List<Long> ids;

    public WorkFailedException(WorkKind kind, List<Long> ids, Throwable cause) {
        super(kind.description() + " " + ids + " failed: " + rootMessage(cause), cause);
        this.kind = kind;
        this.ids = List.copyOf(ids);
    }

    public WorkKind kind() {
        return kind;
    }

    public List<Long> ids() {
        return ids;
    }

    /** The reason shown to organisers: the innermost cause's message, which names what went wrong. */
    public String reason() {
        return rootMessage(getCause());
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** What a pipeline step works on; the id is how the failures API names it. */
    public enum WorkKind {
        SESSION("session", "segmentation of sessions"),
        SEGMENT("segment", "translation of segments"),
        PUBLICATION("publication", "publication of sessions");

        private final String id;
        private final String description;

        WorkKind(String id, String description) {
            this.id = id;
            this.description = description;
        }

        public String id() {
            return id;
        }

        String description() {
            return description;
        }
    }
}
