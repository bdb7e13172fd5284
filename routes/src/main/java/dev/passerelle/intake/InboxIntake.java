package dev.passerelle.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Turns an inbox file into a session submission, and explains a rejected file next to it. */
@Component
class InboxIntake {

    private static final Logger log = LoggerFactory.getLogger(InboxIntake.class);

    private final SessionIntake intake;
    private final MarkdownSubmissionParser parser;

    InboxIntake(SessionIntake intake, MarkdownSubmissionParser parser) {
        this.intake = intake;
        this.parser = parser;
    }

    /** The file's folder names the event; its name is the session's stable id, so a dropped update updates. */
    public SessionIntake.IntakeResult ingest(byte[] content, @Header(Exchange.FILE_NAME_ONLY) String fileName,
                                             @Header(Exchange.FILE_PARENT) String folder) {
        String event = Path.of(folder).getFileName().toString();
        SessionIntake.IntakeResult result = intake.submit(event, parser.parse(content, "inbox:" + fileName));
        log.info("Inbox {}/{}: session {} {}", event, fileName, result.sessionId(), result.outcome());
        return result;
    }

    public void explainRejection(@Header(Exchange.FILE_NAME_ONLY) String fileName,
                                 @Header(Exchange.FILE_PARENT) String folder,
                                 @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception error) throws IOException {
        Path failed = Path.of(folder, ".failed");
        Files.createDirectories(failed);
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        Files.writeString(failed.resolve(fileName + ".error.txt"), reason + System.lineSeparator(),
                StandardCharsets.UTF_8);
        log.warn("Inbox {}/{} rejected: {}", Path.of(folder).getFileName(), fileName, reason);
    }
}
