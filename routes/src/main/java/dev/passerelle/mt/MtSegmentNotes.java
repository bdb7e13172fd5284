package dev.passerelle.mt;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the translation step adds to a segment beyond its state: the model and time of its machine suggestion, and
 * the reason MT gave it up (quota, budget, lost inline codes…) so reviewers and organisers see it.
 */
@Repository
public class MtSegmentNotes {

    private final JdbcTemplate batch;

    public MtSegmentNotes(JdbcTemplate batch) {
        this.batch = batch;
    }

    /** One segment's note: all fields may be null. */
    public record Note(long segmentId, String model, java.time.Instant at, String reason) {}

    public void write(List<Note> notes) {
        List<Object[]> rows = new ArrayList<>(notes.size());
        for (Note note : notes) {
            rows.add(new Object[] {note.model(), note.at() == null ? null : Timestamp.from(note.at()), note.reason(),
                    note.segmentId()});
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate("update segment set provenance_model = ?, provenance_at = ?, mt_note = ? where id = ?",
                    rows);
        }
    }
}
