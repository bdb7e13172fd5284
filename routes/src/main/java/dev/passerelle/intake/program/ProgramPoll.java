package dev.passerelle.intake.program;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The program-import route's steps: import a fetched program unless it is byte-for-byte the last one. */
@Component
class ProgramPoll {

    private static final Logger log = LoggerFactory.getLogger(ProgramPoll.class);

    private final ProgramImporter importer;
    private final ProgramSources sources;

    ProgramPoll(ProgramImporter importer, ProgramSources sources) {
        this.importer = importer;
        this.sources = sources;
    }

    public String url(@ExchangeProperty("source") ProgramSources.ProgramSource source) {
        return source.url();
    }

    public void fetched(@ExchangeProperty("source") ProgramSources.ProgramSource source, @Body byte[] body) {
        String hash = sha256(body);
        if (hash.equals(source.contentHash())) {
            sources.polled(source, null, null, null);
            return;
        }
        try {
            ImportReport report = importer.importProgram(source.event(), source.format(), body);
            sources.polled(source, hash, ProgramFields.JSON.writeValueAsString(report), null);
            log.info("Program of {} imported from {}: {} created, {} updated, {} removed, {} errors", source.event(),
                    source.url(), report.created(), report.updated(), report.removed(), report.errors());
        } catch (RuntimeException e) {
            failed(source, e);
        }
    }

    public void failed(@ExchangeProperty("source") ProgramSources.ProgramSource source,
                       @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception e) {
        log.warn("Program import of {} from {} failed: {}", source.event(), source.url(), e.getMessage());
        sources.polled(source, null, null, e.getMessage() == null ? e.toString() : e.getMessage());
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
