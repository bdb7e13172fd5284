package dev.passerelle.glossary.store;

import dev.passerelle.glossary.Concept;
import dev.passerelle.glossary.Glossary;
import dev.passerelle.glossary.LanguagePairTerms;
import dev.passerelle.glossary.match.TermMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The glossary use cases: editing (each change one transaction; an import is all or nothing) and the lookups other
 * stages call. An event's <em>effective</em> glossary is its own concepts plus the shared default's, the event's
 * winning on the same concept id; matchers are cached per glossary version, so lookups stay cheap.
 */
public class Glossaries {

    public static final String SHARED_NAME = "Shared glossary";

    private final GlossaryStore store;
    private final TransactionOperations transactions;
    private final Map<Long, Snapshot> snapshots = new ConcurrentHashMap<>();

    /** What was built for one (shared version, event version) pair. */
    private record Snapshot(Map<String, Long> versions, Glossary glossary, TermMatcher matcher) {
    }

    public Glossaries(GlossaryStore store, TransactionOperations transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    public List<GlossaryInfo> list() {
        return store.list();
    }

    public Optional<GlossaryInfo> find(Long eventId) {
        return store.find(eventId);
    }

    /** The concepts of the event's own glossary (null: the shared one), empty when it has none. */
    public List<Concept> concepts(Long eventId) {
        return store.find(eventId).map(info -> store.concepts(info.id())).orElse(List.of());
    }

    public Optional<Concept> concept(Long eventId, String key) {
        return store.find(eventId).flatMap(info -> store.concept(info.id(), key));
    }

    /** Adds a concept, creating the glossary (named {@code name}) on first use; {@link ConceptExistsException}. */
    public void create(Long eventId, String name, Concept concept) {
        transactions.executeWithoutResult(tx -> store.insert(store.getOrCreate(eventId, name).id(), concept));
    }

    /** False when the glossary has no concept with that id. */
    public boolean update(Long eventId, Concept concept) {
        return Boolean.TRUE.equals(transactions.execute(tx -> store.find(eventId)
                .map(info -> store.update(info.id(), concept)).orElse(false)));
    }

    public boolean delete(Long eventId, String key) {
        return Boolean.TRUE.equals(transactions.execute(tx -> store.find(eventId)
                .map(info -> store.delete(info.id(), key)).orElse(false)));
    }

    /** Stores a whole parsed file in one transaction: a failure leaves the glossary as it was. */
    public ImportResult importConcepts(Long eventId, String name, List<Concept> concepts, ImportMode mode) {
        Set<String> ids = new HashSet<>();
        for (Concept concept : concepts) {
            if (!ids.add(concept.id())) {
                throw new IllegalArgumentException("The file has two concepts with the id '" + concept.id() + "'");
            }
        }
        return transactions.execute(tx -> {
            long glossaryId = store.getOrCreate(eventId, name).id();
            int deleted = mode == ImportMode.REPLACE ? store.deleteAllExcept(glossaryId, ids) : 0;
            int created = 0;
            int updated = 0;
            for (Concept concept : concepts) {
                if (store.update(glossaryId, concept)) {
                    updated++;
                } else {
                    store.insert(glossaryId, concept);
                    created++;
                }
            }
            return new ImportResult(created, updated, deleted);
        });
    }

    /** The event's effective glossary (null: the shared one alone). */
    public Glossary effective(Long eventId) {
        return snapshot(eventId).glossary();
    }

    /** A matcher over the event's effective glossary, rebuilt only when a glossary changed. */
    public TermMatcher matcher(Long eventId) {
        return snapshot(eventId).matcher();
    }

    /** For MT connectors: entries, do-not-translate terms and checksum for one pair of the event's glossary. */
    public LanguagePairTerms forPair(Long eventId, String sourceLang, String targetLang) {
        return effective(eventId).forPair(sourceLang, targetLang);
    }

    /** For search: the other languages' preferred terms of the concepts in the query. */
    public List<String> expand(Long eventId, String query, String lang) {
        return matcher(eventId).expand(query, lang);
    }

    private Snapshot snapshot(Long eventId) {
        long cacheKey = eventId == null ? -1 : eventId;
        Map<String, Long> versions = store.versions(eventId);
        Snapshot cached = snapshots.get(cacheKey);
        if (cached != null && cached.versions().equals(versions)) {
            return cached;
        }
        Map<String, Concept> merged = new LinkedHashMap<>();
        store.find(eventId).ifPresent(own -> store.concepts(own.id()).forEach(c -> merged.put(c.id(), c)));
        if (eventId != null) {
            store.find(null).ifPresent(shared -> store.concepts(shared.id()).forEach(c -> merged.putIfAbsent(c.id(), c)));
        }
        Glossary glossary = new Glossary(null, eventId == null ? SHARED_NAME : "event " + eventId, eventId,
                new ArrayList<>(merged.values()));
        Snapshot snapshot = new Snapshot(versions, glossary, TermMatcher.of(glossary));
        snapshots.put(cacheKey, snapshot);
        return snapshot;
    }
}
