package dev.passerelle.event;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/** Creating events: slugs are URL-safe and the languages are exactly English and French. */
@Service
public class Events {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    /** The two languages of every event's program. */
    public static final List<String> LANGUAGES = List.of("en", "fr");

    private final EventRepository repository;
    private final Clock clock;

    public Events(EventRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public Event create(NewEvent event) {
        if (!SLUG.matcher(event.slug()).matches()) {
            throw new IllegalArgumentException("slug must be lowercase letters, digits and hyphens (at most 63): '"
                    + event.slug() + "'");
        }
        List<String> languages = event.languages() == null ? LANGUAGES : event.languages();
        if (languages.size() != 2 || !languages.containsAll(LANGUAGES)) {
            throw new IllegalArgumentException("languages must be [\"en\",\"fr\"], not " + languages);
        }
        if (event.startsOn() != null && event.endsOn() != null && event.endsOn().isBefore(event.startsOn())) {
            throw new IllegalArgumentException("endsOn is before startsOn");
        }
        return repository.create(new NewEvent(event.slug(), event.name().strip(), LANGUAGES, event.startsOn(),
                event.endsOn()), clock.instant());
    }
}
