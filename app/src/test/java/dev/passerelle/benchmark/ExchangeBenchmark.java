package dev.passerelle.benchmark;

import static org.awaitility.Awaitility.await;

import dev.passerelle.SyntheticProgram;
import dev.passerelle.TestServices;
import dev.passerelle.event.Events;
import dev.passerelle.event.NewEvent;
import dev.passerelle.intake.SessionIntake;
import dev.passerelle.intake.SessionSubmission;
import dev.passerelle.intake.program.ImportReport;
import dev.passerelle.intake.program.ProgramFormat;
import dev.passerelle.intake.program.ProgramImporter;
import dev.passerelle.review.xliff.XliffExport;
import dev.passerelle.review.xliff.XliffImport;
import dev.passerelle.review.xliff.XliffImportReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load driver, not a test (run with {@code -Pbenchmark}): an XLIFF 2.0 export and re-import of 10,000 segments
 * (three rounds, targets: ≤ 20 s together), then a 2,000-session schedule.json import, fresh and re-imported
 * (target: ≤ 30 s). The pipeline runs meanwhile, as in production. Figures go to stdout and
 * target/benchmark-exchange.txt.
 */
@SpringBootTest
@ActiveProfiles("test")
class ExchangeBenchmark {

    private static final int PROGRAM_SESSIONS = 2_000;
    private static final int XLIFF_SEGMENTS = 10_000;
    private static final Pattern UNTRANSLATED = Pattern.compile(
            "(<segment id=\"seg\" state=\")initial(\" subState=\"[^\"]*\"><source>(.*?)</source>)", Pattern.DOTALL);

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        TestServices.isolatedDatabase("bench_x_" + UUID.randomUUID().toString().substring(0, 8), null).properties()
                .forEach((key, value) -> registry.add(key, () -> value));
    }

    @Autowired Events events;
    @Autowired SessionIntake intake;
    @Autowired ProgramImporter programs;
    @Autowired XliffExport xliffExport;
    @Autowired XliffImport xliffImport;
    @Autowired JdbcClient jdbc;

    private final List<String> report = new ArrayList<>();

    @Test
    void measure() throws Exception {
        String event = newEvent("xliff");
        for (int i = 0; segments(event) < XLIFF_SEGMENTS; i += 50) {
            for (int j = i; j < i + 50; j++) {
                if (j % 3 != 2) {
                    intake.submit(event, SyntheticProgram.session(j));
                }
            }
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                    .until(() -> notQueued(event) == 0);
        }
        List<Double> totals = new ArrayList<>();
        for (int round = 1; round <= 3; round++) {
            totals.add(xliffRound(event, round));
        }
        line("XLIFF export + import, %d segments: %s s; median %.2f s (target ≤ 20 s)", segments(event),
                totals, median(totals));

        byte[] program = scheduleJson(PROGRAM_SESSIONS, 0);
        String programEvent = newEvent("program");
        timeImport(programEvent, program, "fresh");
        // Re-imports are timed once the pipeline has segmented the fresh program: a session being segmented is
        // locked, and an import that changes it waits for that batch (measured: 39 s for 200 changes under load).
        long drain = System.nanoTime();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
                .until(() -> notQueued(programEvent) == 0);
        line("pipeline drained the fresh program in %.1f s", seconds(drain));
        timeImport(programEvent, program, "unchanged re-import");
        timeImport(programEvent, scheduleJson(PROGRAM_SESSIONS, 10), "re-import, 10% changed, last 10 removed");
        line("max heap: %d MiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Files.write(Path.of("target/benchmark-exchange.txt"), report);
    }

    private double xliffRound(String event, int round) {
        long start = System.nanoTime();
        byte[] exported = xliffExport.export(new XliffExport.Selection(event, "fr", "2.0", null, null));
        double exportSeconds = seconds(start);
        String translated = UNTRANSLATED.matcher(new String(exported, StandardCharsets.UTF_8))
                .replaceAll("$1translated$2<target>R" + round + " $3</target>");
        translated = translated.replaceAll("(<target>)(?!R" + round + ")", "$1R" + round + " ");
        long importStart = System.nanoTime();
        XliffImportReport result = xliffImport.importFile(event, "fr", translated.getBytes(StandardCharsets.UTF_8),
                "benchmark", false);
        double importSeconds = seconds(importStart);
        line("round %d: export %.2f s (%d KiB), import %.2f s (%d translated, %d errors)", round, exportSeconds,
                exported.length / 1024, importSeconds, result.translated(), result.errors());
        return Math.round((exportSeconds + importSeconds) * 100) / 100.0;
    }

    private void timeImport(String event, byte[] program, String what) {
        long start = System.nanoTime();
        ImportReport result = programs.importProgram(event, ProgramFormat.SCHEDULE_JSON, program);
        line("program import of %d sessions (%s): %.2f s — %d created, %d updated, %d unchanged, %d removed, "
                        + "%d flagged, %d errors (target ≤ 30 s)", PROGRAM_SESSIONS, what, seconds(start),
                result.created(), result.updated(), result.unchanged(), result.removed(), result.flagged(),
                result.errors());
    }

    /** A c3voc schedule.json of synthetic talks; every {@code changedEvery}-th abstract edited, the last ones gone. */
    private static byte[] scheduleJson(int sessions, int changedEvery) {
        List<Map<String, Object>> talks = new ArrayList<>();
        int count = changedEvery == 0 ? sessions : sessions - 10;
        for (int i = 0; i < count; i++) {
            SessionSubmission s = SyntheticProgram.session(i);
            var talk = new LinkedHashMap<String, Object>();
            talk.put("guid", "bench-" + i);
            talk.put("id", i);
            talk.put("title", s.title());
            talk.put("abstract", changedEvery > 0 && i % changedEvery == 0 ? s.abstractText() + " Updated." :
                    s.abstractText());
            talk.put("language", i % 7 == 6 ? "" : s.lang());
            talk.put("type", s.kind());
            talk.put("track", s.track());
            talk.put("date", "2026-06-12T09:00:00+02:00");
            talk.put("duration", "00:30");
            talk.put("persons", List.of(Map.of("id", i, "public_name", s.speakers().getFirst())));
            talk.put("slug", "bench-" + i);
            talks.add(talk);
        }
        var day = Map.of("index", 1, "date", "2026-06-12", "day_start", "2026-06-12T09:00:00+02:00",
                "day_end", "2026-06-12T18:00:00+02:00", "rooms", Map.of("Main", talks));
        var schedule = Map.of("schedule", Map.of("version", "1", "conference", Map.of("acronym", "bench",
                "title", "Bench", "days", List.of(day))));
        return JsonMapper.builder().build().writeValueAsBytes(schedule);
    }

    private String newEvent(String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        events.create(new NewEvent(slug, slug, List.of("en", "fr"), null, null));
        return slug;
    }

    private long segments(String event) {
        return jdbc.sql("select count(*) from segment g join session s on s.id = g.session_id join event e "
                + "on e.id = s.event_id where e.slug = ? and g.target_lang = 'fr'").param(event)
                .query(Long.class).single();
    }

    private long notQueued(String event) {
        return jdbc.sql("select count(*) from session s join event e on e.id = s.event_id where e.slug = ? "
                + "and s.pipeline_state <> 'SEGMENTED'").param(event).query(Long.class).single()
                + jdbc.sql("select count(*) from segment g join session s on s.id = g.session_id join event e "
                + "on e.id = s.event_id where e.slug = ? and g.state = 'NEW'").param(event).query(Long.class).single();
    }

    private void line(String format, Object... args) {
        String line = "[benchmark] " + String.format(format, args);
        System.out.println(line);
        report.add(line);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
