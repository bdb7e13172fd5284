package dev.passerelle.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.event.EventRepository;
import dev.passerelle.event.NewEvent;
import dev.passerelle.mt.MtCostLedger;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The dashboard's MT cost comes from the providers' cost ledger, per event and per provider, over every month. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProgressQueryIT {

    @Autowired
    ProgressQuery progress;
    @Autowired
    MtCostLedger ledger;
    @Autowired
    EventRepository events;

    @Test
    void billedCharactersAreWhatTheProvidersBilled() {
        long mine = events.create(newEvent(), Instant.now()).id();
        String slug = events.get(mine).slug();
        long other = events.create(newEvent(), Instant.now()).id();
        ledger.add("deepl", mine, YearMonth.of(2026, 10), 3, 1000, 900);
        ledger.add("deepl", mine, YearMonth.of(2026, 11), 1, 400, 300);
        ledger.add("google", mine, YearMonth.of(2026, 11), 1, 50, 50);
        ledger.add("tm", mine, YearMonth.of(2026, 11), 4, 800, 0);
        ledger.add("deepl", other, YearMonth.of(2026, 11), 1, 7000, 7000);

        assertThat(progress.billedCharacters(slug)).isEqualTo(1250);
        assertThat(progress.billedByProvider(slug)).containsExactly(Map.entry("deepl", 1200L),
                Map.entry("google", 50L));
    }

    private static NewEvent newEvent() {
        String slug = "cost-" + UUID.randomUUID().toString().substring(0, 8);
        return new NewEvent(slug, "Cost", List.of("en", "fr"), null, null);
    }
}
