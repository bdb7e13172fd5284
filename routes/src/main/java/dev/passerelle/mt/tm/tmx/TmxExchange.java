package dev.passerelle.mt.tm.tmx;

import dev.passerelle.event.EventRepository;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The translation memory in TMX 1.4b: export an event's approved pairs (or the whole memory), import a memory file
 * in one transaction, merging pairs whose texts the memory already holds. Imported pairs reach every instance's
 * memory index through its catch-up from tm_entry.
 */
@Service
public class TmxExchange {

    private final TmxEntries entries;
    private final EventRepository events;
    private final Clock clock;

    TmxExchange(TmxEntries entries, EventRepository events, Clock clock) {
        this.entries = entries;
        this.events = events;
        this.clock = clock;
    }

    /** {@code event} null: the whole memory. */
    @Transactional(readOnly = true)
    public byte[] export(String event) {
        List<TmxPair> pairs = event == null ? entries.all() : approved(event);
        var out = new ByteArrayOutputStream();
        TmxWriter.write(pairs, null, out);
        return out.toByteArray();
    }

    private List<TmxPair> approved(String event) {
        events.get(event);
        return entries.approved(event);
    }

    @Transactional
    public ImportReport importFile(byte[] file) {
        TmxReader.Read read = TmxReader.read(file);
        // Pairs repeated in the file merge first, the newest stamp winning.
        Map<List<String>, TmxPair> distinct = new LinkedHashMap<>();
        for (TmxPair pair : read.pairs()) {
            distinct.merge(List.of(pair.sourceLang(), pair.targetLang(), pair.source(), pair.target()), pair,
                    (a, b) -> newer(b, a) ? b : a);
        }
        Instant now = clock.instant();
        int added = 0;
        for (TmxPair pair : distinct.values()) {
            if (entries.merge(pair, now)) {
                added++;
            }
        }
        return new ImportReport(read.units(), read.skippedUnits(), read.pairs().size(), added,
                read.pairs().size() - added);
    }

    private static boolean newer(TmxPair a, TmxPair b) {
        return a.changedAt() != null && (b.changedAt() == null || a.changedAt().isAfter(b.changedAt()));
    }

    /**
     * {@code units}: translation units in the file; {@code skippedUnits}: those without both English and French;
     * {@code pairs}: directed pairs read; {@code added} new to the memory; {@code merged} into pairs it held.
     */
    public record ImportReport(int units, int skippedUnits, int pairs, int added, int merged) {
    }
}
