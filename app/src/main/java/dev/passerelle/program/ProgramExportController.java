package dev.passerelle.program;

import java.time.Clock;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The program of one language as files for apps and calendars: frab/pretalx JSON and XML, iCalendar. */
@RestController
@RequestMapping("/{event}/{lang:en|fr}")
class ProgramExportController {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final Programs programs;
    private final Clock clock;

    ProgramExportController(Programs programs, Clock clock) {
        this.programs = programs;
        this.clock = clock;
    }

    @GetMapping(value = "/schedule.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> json(@PathVariable String event, @PathVariable String lang) {
        return ScheduleJson.of(programs.program(event, lang), baseUrl());
    }

    @GetMapping(value = "/schedule.xml", produces = MediaType.APPLICATION_XML_VALUE)
    String xml(@PathVariable String event, @PathVariable String lang) {
        return ScheduleXml.of(programs.program(event, lang), baseUrl());
    }

    @GetMapping("/schedule.ics")
    ResponseEntity<String> ics(@PathVariable String event, @PathVariable String lang) {
        String body = ScheduleIcs.of(programs.program(event, lang), baseUrl(), clock.instant());
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + event + "-" + lang + ".ics\"")
                .body(body);
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
