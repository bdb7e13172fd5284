package dev.passerelle.api;

import dev.passerelle.mt.tm.tmx.TmxExchange;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The translation memory as TMX 1.4b: export (an event's approved pairs, or all), import (merging duplicates). */
@RestController
@RequestMapping("/api/tm/tmx")
class TmxController {

    private final TmxExchange tmx;

    TmxController(TmxExchange tmx) {
        this.tmx = tmx;
    }

    @GetMapping
    ResponseEntity<byte[]> export(@RequestParam(required = false) String event) {
        String name = (event == null ? "passerelle-memory" : event) + ".tmx";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-tmx+xml;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(tmx.export(event));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    TmxExchange.ImportReport upload(@RequestPart("file") MultipartFile file) throws IOException {
        return tmx.importFile(file.getBytes());
    }

    @PostMapping
    TmxExchange.ImportReport importBody(@RequestBody byte[] body) {
        return tmx.importFile(body);
    }
}
