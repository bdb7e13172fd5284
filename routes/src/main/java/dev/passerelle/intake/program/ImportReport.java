package dev.passerelle.intake.program;

import java.util.List;

/** What an import did, per session and in total. */
public record ImportReport(String event, String format, int created, int updated, int unchanged, int removed,
                           int flagged, int errors, List<Item> items) {

    static ImportReport of(String event, ProgramFormat format, List<Item> items) {
        return new ImportReport(event, format.id(), count(items, Outcome.CREATED), count(items, Outcome.UPDATED),
                count(items, Outcome.UNCHANGED), count(items, Outcome.REMOVED),
                (int) items.stream().filter(i -> i.languageFlag() != null).count(), count(items, Outcome.ERROR),
                items);
    }

    private static int count(List<Item> items, Outcome outcome) {
        return (int) items.stream().filter(i -> i.outcome() == outcome).count();
    }

    /** One session of the file (or one removed since the last import). */
    public record Item(String externalId, String title, Outcome outcome, Long sessionId, String lang,
                       String languageFlag, String error) {
    }

    public enum Outcome { CREATED, UPDATED, UNCHANGED, REMOVED, ERROR }
}
