package dev.passerelle.publish;

import dev.passerelle.search.SearchIndex;
import dev.passerelle.search.SessionDocument;
import dev.passerelle.search.SessionIndexer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Rebuilds search from the database: every published session into a new versioned index, then one alias swap, so
 * searches never see a half-built index. Publications and withdrawals made while it ran are replayed after the swap.
 */
@Service
public class SearchReindex {

    private static final Logger log = LoggerFactory.getLogger(SearchReindex.class);

    private final PublishedDocuments documents;
    private final PublicationRepository publications;
    private final SearchIndex searchIndex;
    private final SessionIndexer indexer;
    private final Publisher publisher;
    private final Clock clock;
    private final int batchSize;

    SearchReindex(PublishedDocuments documents, PublicationRepository publications, SearchIndex searchIndex,
                  SessionIndexer indexer, Publisher publisher, Clock clock,
                  @Value("${passerelle.search.reindex-batch-size:1000}") int batchSize) {
        this.documents = documents;
        this.publications = publications;
        this.searchIndex = searchIndex;
        this.indexer = indexer;
        this.publisher = publisher;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** What a re-index did. */
    public record Report(String index, long documents, long caughtUp, long millis) {
    }

    public synchronized Report run() {
        // A second early, so a publication committed just before the start is replayed rather than missed.
        Instant since = clock.instant().minusSeconds(1);
        long started = System.nanoTime();
        String index = searchIndex.createFresh();
        long copied = 0;
        try {
            long after = 0;
            List<SessionDocument> page;
            while (!(page = documents.page(after, batchSize)).isEmpty()) {
                indexer.bulk(index, page);
                copied += page.size();
                after = page.getLast().sessionId();
            }
            searchIndex.switchTo(index);
        } catch (RuntimeException e) {
            searchIndex.discard(index);
            throw e;
        }
        List<Long> changed = publications.changedSince(since);
        changed.forEach(publisher::sync);
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        log.info("Re-indexed {} published sessions into {} in {} ms ({} replayed)", copied, index, millis,
                changed.size());
        return new Report(index, copied, changed.size(), millis);
    }
}
