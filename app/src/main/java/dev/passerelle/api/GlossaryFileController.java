package dev.passerelle.api;

import dev.passerelle.glossary.Concept;
import dev.passerelle.glossary.GlossaryScope;
import dev.passerelle.glossary.exchange.GlossaryExchange;
import dev.passerelle.glossary.exchange.GlossaryFormat;
import dev.passerelle.glossary.store.Glossaries;
import dev.passerelle.glossary.store.ImportMode;
import dev.passerelle.glossary.store.ImportResult;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Glossary files: import (organisers; multipart {@code file} or the raw body, all or nothing) and export
 * (translators) as TBX v3 (DCA or DCT), TBX 2008, CSV or TSV.
 */
@RestController
@RequestMapping("/api/glossaries/{glossary}")
class GlossaryFileController {

    private final Glossaries glossaries;
    private final GlossaryExchange exchange;
    private final GlossaryScope.Resolver scopes;

    GlossaryFileController(Glossaries glossaries, GlossaryExchange exchange, GlossaryScope.Resolver scopes) {
        this.glossaries = glossaries;
        this.exchange = exchange;
        this.scopes = scopes;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportView importFile(@PathVariable String glossary, @RequestParam(defaultValue = "tbx") String format,
                          @RequestParam(defaultValue = "merge") String mode, @RequestPart("file") MultipartFile file)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return importStream(glossary, format, mode, in);
        }
    }

    @PostMapping(path = "/import", consumes = "!" + MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportView importBody(@PathVariable String glossary, @RequestParam(defaultValue = "tbx") String format,
                          @RequestParam(defaultValue = "merge") String mode, InputStream body) {
        return importStream(glossary, format, mode, body);
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@PathVariable String glossary, @RequestParam(defaultValue = "tbx") String format) {
        GlossaryFormat wanted = GlossaryFormat.fromParam(format);
        byte[] file = exchange.write(glossaries.concepts(scopes.of(glossary).eventId()), wanted);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(wanted.mediaType() + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(glossary + "-glossary." + wanted.extension()).build().toString())
                .body(file);
    }

    private ImportView importStream(String glossary, String format, String mode, InputStream in) {
        GlossaryFormat parsedFormat = GlossaryFormat.fromParam(format);
        ImportMode parsedMode = importMode(mode);
        GlossaryScope scope = scopes.of(glossary);
        List<Concept> concepts = exchange.read(in, parsedFormat);
        ImportResult result = glossaries.importConcepts(scope.eventId(), scope.newGlossaryName(), concepts,
                parsedMode);
        return new ImportView(glossary, concepts.size(), result.created(), result.updated(), result.deleted());
    }

    private static ImportMode importMode(String mode) {
        try {
            return ImportMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown import mode '" + mode + "': use merge or replace");
        }
    }

    /** What an import did: concepts in the file, and created/updated/deleted in the glossary. */
    record ImportView(String glossary, int concepts, int created, int updated, int deleted) {
    }
}
