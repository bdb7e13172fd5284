package dev.passerelle.review.xliff;

import java.util.List;
import java.util.Map;

/**
 * An XLIFF file's content, version-neutral: the event and language it belongs to (our extension attributes), and its
 * units. A unit of ours is one segment, id {@code s<segment id>}, with the segment version it was exported at.
 */
record XliffDocument(String version, String srcLang, String trgLang, String event, List<Unit> units) {

    /** {@code file}: the id of the XLIFF file element it is in (units of several files keep apart). */
    record Unit(String file, String id, Long exportedVersion, List<Part> parts, List<Note> notes, List<Match> matches) {

        List<InlineRun> source() {
            return parts.stream().flatMap(p -> p.source().stream()).toList();
        }

        /** The target, ignorable parts taking their source; null when no segment has a target. */
        List<InlineRun> target() {
            if (parts.stream().noneMatch(p -> !p.ignorable() && p.target() != null)) {
                return null;
            }
            return parts.stream().flatMap(p -> (p.target() == null ? p.source() : p.target()).stream()).toList();
        }

        /** The first segment's state as the file says it (2.0 state, or 1.2 target state). */
        String state() {
            return parts.stream().filter(p -> !p.ignorable()).map(Part::state).filter(s -> s != null).findFirst()
                    .orElse(null);
        }
    }

    /** A segment (or, in 2.0, an ignorable stretch between segments). */
    record Part(boolean ignorable, String id, String state, String subState, List<InlineRun> source,
                List<InlineRun> target) {
    }

    /** A note for the translator; {@code category}: qa, glossary, review…; the rest as in {@link SegmentNote}. */
    record Note(String category, String text, String appliesTo, Integer priority, Map<String, String> details) {

        Note {
            details = details == null ? Map.of() : details;
        }

        Note(String category, String text) {
            this(category, text, null, null, Map.of());
        }

        static Note of(SegmentNote note) {
            return new Note(note.category(), note.text(), note.appliesTo(), note.priority(), note.details());
        }
    }

    /** A translation suggestion: where it came from (tm, mt connector id) and its score when it has one. */
    record Match(String origin, Integer similarity, List<InlineRun> source, List<InlineRun> target) {
    }
}
