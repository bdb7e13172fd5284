package dev.passerelle.mt.tm;

import java.util.List;

/** The translation memory's source of truth (table {@code tm_entry}); the Pensieve index is a cache of it. */
public interface TmEntries {

    /** Up to {@code limit} entries with an id greater than {@code id}, in ascending id order, all pairs mixed. */
    List<TmEntry> after(long id, int limit);
}
