package dev.passerelle.mt.tm;

import dev.passerelle.mt.LanguagePair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filterwriter.GenericContent;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.tm.pensieve.common.MetadataType;
import net.sf.okapi.tm.pensieve.common.TranslationUnit;
import net.sf.okapi.tm.pensieve.common.TranslationUnitVariant;
import net.sf.okapi.tm.pensieve.writer.PensieveWriter;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One language pair's Pensieve index directory: a writer that holds the directory's Lucene lock for the
 * index's lifetime, and the id of the last {@link TmEntry} committed, stored in the commit itself.
 * Not thread-safe: {@link TmIndex} serialises writes and guards the searcher.
 */
final class PairIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PairIndex.class);
    private static final String WATERMARK = "passerelle.tm.last-entry-id";

    private final LanguagePair pair;
    private final Path path;
    private final Directory directory;
    private final PensieveWriter writer;
    private long watermark;
    private PairSearcher searcher;

    private PairIndex(LanguagePair pair, Path path, Directory directory, PensieveWriter writer, long watermark) {
        this.pair = pair;
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.watermark = watermark;
    }

    /** Opens the index under {@code path}, or starts it empty (watermark 0) if it is missing or not ours. */
    static PairIndex open(LanguagePair pair, Path path) throws IOException {
        Files.createDirectories(path);
        Directory directory = FSDirectory.open(path);
        try {
            long watermark = readWatermark(directory);
            // Throws LockObtainFailedException if another process has this directory open.
            PensieveWriter writer = new PensieveWriter(directory, watermark < 0);
            return new PairIndex(pair, path, directory, writer, Math.max(watermark, 0));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static long readWatermark(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return -1;
        }
        String value = SegmentInfos.readLatestCommit(directory).getUserData().get(WATERMARK);
        return value == null ? -1 : Long.parseLong(value);
    }

    LanguagePair pair() {
        return pair;
    }

    Path path() {
        return path;
    }

    long watermark() {
        return watermark;
    }

    PairSearcher searcher() {
        return searcher;
    }

    /** Indexes the entry, replacing an earlier one with the same source; false if the entry is unusable. */
    boolean add(TmEntry entry) {
        if (entry.source().isBlank() || entry.target().isBlank()) {
            return false;
        }
        try {
            TranslationUnit unit = new TranslationUnit(
                    variant(pair.source(), entry.source()), variant(pair.target(), entry.target()));
            unit.setMetadataValue(MetadataType.ID, Long.toString(entry.id()));
            writer.indexTranslationUnit(unit, true);
            return true;
        } catch (OkapiException e) {
            log.warn("Skipping TM entry {} ({}): {}", entry.id(), pair, e.getMessage());
            return false;
        }
    }

    private static TranslationUnitVariant variant(String language, String letterCoded) {
        TextFragment fragment = GenericContent.fromLetterCodedToFragment(letterCoded, null, false, false);
        return new TranslationUnitVariant(LocaleId.fromString(language), fragment);
    }

    /** Commits what was added, together with the id up to which this index is complete. */
    void commit(long completeUpTo) throws IOException {
        writer.getIndexWriter().setLiveCommitData(Map.of(WATERMARK, Long.toString(completeUpTo)).entrySet());
        writer.getIndexWriter().commit();
        watermark = completeUpTo;
    }

    /** A searcher on the last commit (sharing unchanged segments with the current one). */
    PairSearcher openSearcher() throws IOException {
        return searcher == null ? PairSearcher.open(directory) : searcher.reopen();
    }

    /** Swaps in a new searcher and returns the previous one, for the caller to close once no lookup uses it. */
    PairSearcher replaceSearcher(PairSearcher fresh) {
        PairSearcher previous = searcher;
        searcher = fresh;
        return previous;
    }

    @Override
    public void close() {
        closeQuietly(searcher);
        searcher = null;
        try {
            writer.close();
        } catch (RuntimeException e) {
            log.warn("Closing the TM index writer for {} failed", pair, e);
        }
        try {
            directory.close();
        } catch (IOException e) {
            log.warn("Closing the TM index directory for {} failed", pair, e);
        }
    }

    static void closeQuietly(PairSearcher searcher) {
        if (searcher != null) {
            try {
                searcher.close();
            } catch (IOException e) {
                log.warn("Closing a TM index reader failed", e);
            }
        }
    }
}
