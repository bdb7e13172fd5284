package dev.passerelle.api;

import dev.passerelle.event.EventRepository;
import dev.passerelle.mt.EventMachineTranslation;
import dev.passerelle.mt.MtEventSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An event's machine translation (organisers): its connector chain and budget, and what MT cost it. */
@RestController
@RequestMapping("/api/events/{event}/mt")
class EventMtController {

    private final EventMachineTranslation mt;
    private final EventRepository events;

    EventMtController(EventMachineTranslation mt, EventRepository events) {
        this.mt = mt;
        this.events = events;
    }

    @GetMapping
    EventMachineTranslation.View get(@PathVariable String event) {
        return mt.view(events.get(event).id());
    }

    @PutMapping
    EventMachineTranslation.View update(@PathVariable String event, @Valid @RequestBody MtSettings request) {
        return mt.update(events.get(event).id(), request.settings());
    }

    @GetMapping("/costs")
    EventMachineTranslation.Costs costs(@PathVariable String event) {
        return mt.costs(events.get(event).id());
    }

    /** Null fields mean "use the server's default". */
    record MtSettings(@Size(min = 1, max = 10) List<@Size(min = 1, max = 40) String> mtChain,
                      @PositiveOrZero Long mtBudgetCharacters) {

        MtEventSettings.Settings settings() {
            return new MtEventSettings.Settings(mtChain, mtBudgetCharacters);
        }
    }
}
