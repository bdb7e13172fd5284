package dev.passerelle.intake;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** A session of an event as stored: its content, where it is in the pipeline, and why it failed if it did. */
public record Session(long id, long eventId, String externalId, SessionKind kind, String sourceLang, String title,
                      String abstractText, List<String> speakers, String track, String room, OffsetDateTime start,
                      OffsetDateTime end, PipelineState pipelineState, String failure, long contentVersion,
                      Instant updatedAt) {

    /** Where the session is in the pipeline before its segments take over. */
    public enum PipelineState { RECEIVED, SEGMENTED, FAILED }
}
