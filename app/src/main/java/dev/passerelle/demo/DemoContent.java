package dev.passerelle.demo;

import dev.passerelle.event.EventExistsException;
import dev.passerelle.event.EventRepository;
import dev.passerelle.event.Events;
import dev.passerelle.event.NewEvent;
import dev.passerelle.intake.MarkdownSubmissionParser;
import dev.passerelle.intake.SessionIntake;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Loads the demo event (resources under {@code demo/}) into an empty database, through the normal intake. */
@Component
@ConditionalOnProperty(name = "passerelle.demo.enabled", havingValue = "true")
class DemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    private final EventRepository eventRepository;
    private final Events events;
    private final SessionIntake intake;
    private final MarkdownSubmissionParser parser;

    DemoContent(EventRepository eventRepository, Events events, SessionIntake intake,
                MarkdownSubmissionParser parser) {
        this.eventRepository = eventRepository;
        this.events = events;
        this.intake = intake;
        this.parser = parser;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!eventRepository.isEmpty()) {
            return;
        }
        var resolver = new PathMatchingResourcePatternResolver();
        Map<String, Object> event;
        try (InputStream in = resolver.getResource("classpath:demo/event.yml").getInputStream()) {
            event = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        String slug = (String) event.get("slug");
        try {
            events.create(new NewEvent(slug, (String) event.get("name"), null, date(event.get("startsOn")),
                    date(event.get("endsOn"))));
        } catch (EventExistsException another) {
            return; // another instance is loading it
        }
        Resource[] sessions = resolver.getResources("classpath:demo/*.md");
        Arrays.sort(sessions, Comparator.comparing(Resource::getFilename));
        for (Resource session : sessions) {
            intake.submit(slug, parser.parse(session.getContentAsByteArray(), "demo:" + session.getFilename()));
        }
        log.info("Loaded the demo event '{}' with {} sessions", slug, sessions.length);
    }

    private static LocalDate date(Object value) {
        return value instanceof java.util.Date date
                ? date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate()
                : value == null ? null : LocalDate.parse(value.toString());
    }
}
