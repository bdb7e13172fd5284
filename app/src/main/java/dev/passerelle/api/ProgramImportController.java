package dev.passerelle.api;

import dev.passerelle.NotFoundException;
import dev.passerelle.intake.program.ImportReport;
import dev.passerelle.intake.program.ProgramFormat;
import dev.passerelle.intake.program.ProgramImporter;
import dev.passerelle.intake.program.ProgramSessions;
import dev.passerelle.intake.program.ProgramSources;
import dev.passerelle.intake.program.ProgramSources.ProgramSource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** An event's program: import a file (upload or raw body), and the URL polled for it. */
@RestController
@RequestMapping("/api/events/{event}/program")
class ProgramImportController {

    private final ProgramImporter importer;
    private final ProgramSources sources;
    private final ProgramSessions sessions;

    ProgramImportController(ProgramImporter importer, ProgramSources sources, ProgramSessions sessions) {
        this.importer = importer;
        this.sources = sources;
        this.sessions = sessions;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport upload(@PathVariable String event, @RequestParam(required = false) String format,
                        @RequestPart("file") MultipartFile file) throws IOException {
        return importer.importProgram(event, format(format), file.getBytes());
    }

    @PostMapping
    ImportReport importBody(@PathVariable String event, @RequestParam(required = false) String format,
                            @RequestBody byte[] body) {
        return importer.importProgram(event, format(format), body);
    }

    /** Imported sessions whose language the organiser should check. */
    @GetMapping("/flagged")
    List<ProgramSessions.Flagged> flagged(@PathVariable String event) {
        return sessions.flagged(event);
    }

    @GetMapping("/source")
    ProgramSource source(@PathVariable String event) {
        return sources.get(event).orElseThrow(() -> new NotFoundException("program source of event", event));
    }

    @PutMapping("/source")
    ProgramSource configure(@PathVariable String event, @Valid @RequestBody SourceRequest request) {
        return sources.configure(event, request.url(), ProgramFormat.fromId(request.format()));
    }

    @DeleteMapping("/source")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable String event) {
        sources.remove(event);
    }

    private static ProgramFormat format(String format) {
        return format == null || format.isBlank() ? null : ProgramFormat.fromId(format);
    }

    record SourceRequest(@NotBlank String url, @NotBlank String format) {
    }
}
