package dev.passerelle.api;

import dev.passerelle.event.Event;
import dev.passerelle.event.EventRepository;
import dev.passerelle.event.Events;
import dev.passerelle.event.NewEvent;
import dev.passerelle.mt.EventMachineTranslation;
import dev.passerelle.mt.MtEventSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Events: create one (organisers), read one. */
@RestController
@RequestMapping("/api/events")
class EventController {

    private final Events events;
    private final EventRepository repository;
    private final EventMachineTranslation mt;

    EventController(Events events, EventRepository repository, EventMachineTranslation mt) {
        this.events = events;
        this.repository = repository;
        this.mt = mt;
    }

    @PostMapping
    ResponseEntity<EventView> create(@Valid @RequestBody CreateEvent request) {
        MtEventSettings.Settings mtSettings = new MtEventSettings.Settings(request.mtChain(), request.mtBudgetCharacters());
        mt.validate(mtSettings);
        Event event = events.create(new NewEvent(request.slug(), request.name(), request.languages(),
                request.startsOn(), request.endsOn()));
        mt.update(event.id(), mtSettings);
        return ResponseEntity.created(URI.create("/api/events/" + event.slug())).body(EventView.of(event));
    }

    @GetMapping("/{event}")
    EventView get(@PathVariable String event) {
        return EventView.of(repository.get(event));
    }

    record CreateEvent(@NotBlank @Size(max = 63) String slug, @NotBlank @Size(max = 200) String name,
                       List<String> languages, LocalDate startsOn, LocalDate endsOn,
                       @Size(min = 1, max = 10) List<@Size(min = 1, max = 40) String> mtChain,
                       @PositiveOrZero Long mtBudgetCharacters) {
    }

    record EventView(String slug, String name, List<String> languages, LocalDate startsOn, LocalDate endsOn) {

        static EventView of(Event event) {
            return new EventView(event.slug(), event.name(), event.languages(), event.startsOn(), event.endsOn());
        }
    }
}
