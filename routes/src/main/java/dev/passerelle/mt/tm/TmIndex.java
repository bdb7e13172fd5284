package dev.passerelle.mt.tm;

import dev.passerelle.mt.LanguagePair;
import dev.passerelle.mt.MtException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * This instance's Pensieve cache of the translation memory: one index per language pair under {@code root},
 * kept in step with {@link TmEntries} by {@link #catchUp()} (one query when nothing is new; a rebuild from id 0
 * when the root or a pair's directory is new, empty or wiped). Thread-safe: lookups share searchers under a
 * read lock; one catch-up at a time indexes and commits, then swaps searchers under the write lock.
 */
final class TmIndex implements AutoCloseable {

    /** Pairs this root has held, so a pair directory deleted while we were stopped is rebuilt, not forgotten. */
    private static final String PAIRS_FILE = "pairs.txt";

    private final Path root;
    private final TmEntries entries;
    private final int batchSize;
    private final ReentrantLock catchUpLock = new ReentrantLock();
    private final ReentrantReadWriteLock searchLock = new ReentrantReadWriteLock();
    private final Map<LanguagePair, PairIndex> pairs = new ConcurrentHashMap<>();
    /** Indexes with entries added but not yet committed and visible (kept across a failed catch-up). */
    private final Set<PairIndex> pending = new LinkedHashSet<>();
    private boolean open;
    private long cursor;
    private long committed;

    TmIndex(Path root, TmEntries entries, int batchSize) {
        this.root = root;
        this.entries = entries;
        this.batchSize = batchSize;
    }

    /** Indexes every entry added since the last call (opening the indexes on first use). */
    void catchUp() {
        catchUpLock.lock();
        try {
            if (!open || wiped()) {
                reopen();
            }
            List<TmEntry> page;
            do {
                long before = cursor;
                page = entries.after(cursor, batchSize);
                for (TmEntry entry : page) {
                    PairIndex index = pairs.containsKey(entry.pair()) ? pairs.get(entry.pair()) : create(entry.pair());
                    if (entry.id() > index.watermark() && index.add(entry)) {
                        pending.add(index);
                    }
                    cursor = Math.max(cursor, entry.id());
                }
                if (!page.isEmpty() && cursor == before) {
                    throw new MtException("TmEntries.after(" + before + ") returned no id above it");
                }
            } while (page.size() >= batchSize);
            if (cursor > committed) {
                for (PairIndex index : pairs.values()) {
                    index.commit(cursor);
                }
                committed = cursor;
                refresh(pending);
                pending.clear();
            }
        } catch (IOException e) {
            throw failure(e);
        } finally {
            catchUpLock.unlock();
        }
    }

    /** Runs {@code search} on the pair's current searcher, or returns {@code whenEmpty} if the pair has none. */
    <T> T search(LanguagePair pair, Search<T> search, T whenEmpty) throws IOException {
        searchLock.readLock().lock();
        try {
            PairIndex index = pairs.get(pair);
            PairSearcher searcher = index == null ? null : index.searcher();
            return searcher == null ? whenEmpty : search.apply(searcher);
        } finally {
            searchLock.readLock().unlock();
        }
    }

    @FunctionalInterface
    interface Search<T> {
        T apply(PairSearcher searcher) throws IOException;
    }

    private boolean wiped() {
        return !Files.isDirectory(root) || pairs.values().stream().anyMatch(p -> !Files.isDirectory(p.path()));
    }

    private void reopen() throws IOException {
        closeAll();
        Files.createDirectories(root);
        Set<LanguagePair> known = knownPairs();
        for (LanguagePair pair : known) {
            pairs.put(pair, openPair(pair));
        }
        cursor = pairs.values().stream().mapToLong(PairIndex::watermark).min().orElse(0);
        committed = cursor;
        writeKnownPairs();
        refresh(pairs.values());
        open = true;
    }

    private PairIndex create(LanguagePair pair) throws IOException {
        PairIndex index = openPair(pair);
        pairs.put(pair, index);
        writeKnownPairs();
        return index;
    }

    private PairIndex openPair(LanguagePair pair) throws IOException {
        Path path = root.resolve(pair.source() + "_" + pair.target());
        try {
            return PairIndex.open(pair, path);
        } catch (LockObtainFailedException e) {
            throw new MtException("TM index " + path + " is locked by another process: every instance needs its"
                    + " own passerelle.mt.tm.directory", e);
        }
    }

    private void refresh(Collection<PairIndex> indexes) throws IOException {
        Map<PairIndex, PairSearcher> fresh = new HashMap<>();
        for (PairIndex index : indexes) {
            fresh.put(index, index.openSearcher());
        }
        List<PairSearcher> previous = new ArrayList<>();
        searchLock.writeLock().lock();
        try {
            fresh.forEach((index, searcher) -> previous.add(index.replaceSearcher(searcher)));
        } finally {
            searchLock.writeLock().unlock();
        }
        previous.forEach(PairIndex::closeQuietly);
    }

    private Set<LanguagePair> knownPairs() throws IOException {
        Set<LanguagePair> known = new LinkedHashSet<>();
        Path file = root.resolve(PAIRS_FILE);
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                parsePair(line.strip(), known);
            }
        }
        try (Stream<Path> children = Files.list(root)) {
            children.filter(Files::isDirectory).forEach(dir -> parsePair(dir.getFileName().toString(), known));
        }
        return known;
    }

    private static void parsePair(String name, Set<LanguagePair> into) {
        int separator = name.indexOf('_');
        if (separator > 0 && separator < name.length() - 1) {
            into.add(new LanguagePair(name.substring(0, separator), name.substring(separator + 1)));
        }
    }

    private void writeKnownPairs() throws IOException {
        Path temporary = root.resolve(PAIRS_FILE + ".tmp");
        Files.write(temporary, pairs.keySet().stream().map(p -> p.source() + "_" + p.target()).sorted().toList());
        Files.move(temporary, root.resolve(PAIRS_FILE), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private MtException failure(IOException e) {
        return new MtException("Translation memory index under " + root + " failed: " + e.getMessage(), e);
    }

    private void closeAll() {
        searchLock.writeLock().lock();
        try {
            pairs.values().forEach(PairIndex::close);
            pairs.clear();
            pending.clear();
            open = false;
        } finally {
            searchLock.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        catchUpLock.lock();
        try {
            closeAll();
        } finally {
            catchUpLock.unlock();
        }
    }
}
