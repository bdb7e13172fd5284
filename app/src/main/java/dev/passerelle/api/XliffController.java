package dev.passerelle.api;

import dev.passerelle.review.xliff.XliffConflicts;
import dev.passerelle.review.xliff.XliffExport;
import dev.passerelle.review.xliff.XliffImport;
import dev.passerelle.review.xliff.XliffImportReport;
import dev.passerelle.segment.SegmentState;
import java.io.IOException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Review packages for CAT tools: export an event's segments as XLIFF 2.0 or 1.2, import the translated file. */
@RestController
@RequestMapping("/api/events/{event}/xliff")
class XliffController {

    static final MediaType XLIFF = MediaType.parseMediaType("application/xliff+xml;charset=UTF-8");

    private final XliffExport export;
    private final XliffImport xliffImport;
    private final XliffConflicts conflicts;
    private final RoleHierarchy roles;

    XliffController(XliffExport export, XliffImport xliffImport, XliffConflicts conflicts, RoleHierarchy roles) {
        this.export = export;
        this.xliffImport = xliffImport;
        this.conflicts = conflicts;
        this.roles = roles;
    }

    @GetMapping
    ResponseEntity<byte[]> export(@PathVariable String event, @RequestParam String lang,
                                                 @RequestParam(required = false) String version,
                                                 @RequestParam(required = false) SegmentState state,
                                                 @RequestParam(required = false) Long session) {
        var selection = new XliffExport.Selection(event, lang, version, state, session);
        String name = event + "-" + lang + (session == null ? "" : "-" + session) + ".xlf";
        return ResponseEntity.ok().contentType(XLIFF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(export.export(selection));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    XliffImportReport upload(@PathVariable String event, @RequestParam(required = false) String lang,
                             @RequestPart("file") MultipartFile file, Authentication who) throws IOException {
        return importFile(event, lang, file.getBytes(), who);
    }

    @PostMapping
    XliffImportReport importBody(@PathVariable String event, @RequestParam(required = false) String lang,
                                 @RequestBody byte[] body, Authentication who) {
        return importFile(event, lang, body, who);
    }

    @GetMapping("/conflicts")
    List<XliffConflicts.Conflict> conflicts(@PathVariable String event) {
        return conflicts.forEvent(event);
    }

    private XliffImportReport importFile(String event, String lang, byte[] file, Authentication who) {
        boolean reviewer = roles.getReachableGrantedAuthorities(who.getAuthorities()).stream()
                .anyMatch(a -> "ROLE_REVIEWER".equals(a.getAuthority()));
        return xliffImport.importFile(event, lang, file, who.getName(), reviewer);
    }
}
