package dev.passerelle.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.glossary.exchange.SeedGlossary;
import dev.passerelle.glossary.store.ConceptExistsException;
import dev.passerelle.glossary.store.Glossaries;
import dev.passerelle.glossary.store.ImportMode;
import dev.passerelle.glossary.store.ImportResult;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Glossary storage on the embedded database (H2, PostgreSQL mode) migrated by Flyway, as the default app runs. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties =
        "spring.datasource.url=jdbc:h2:mem:glossaries;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@Transactional(propagation = Propagation.NOT_SUPPORTED) // Glossaries commits its own transactions
class GlossariesTest {

    @TestConfiguration
    @EnableConfigurationProperties(GlossaryProperties.class)
    @Import(GlossaryConfiguration.class)
    static class Beans {
    }

    @Autowired
    Glossaries glossaries;

    @Autowired
    JdbcClient jdbc;

    long eventId;

    @BeforeEach
    void sharedGlossaryAndAnEvent() {
        jdbc.sql("delete from glossary").update();
        glossaries.importConcepts(null, Glossaries.SHARED_NAME, SeedGlossary.concepts(), ImportMode.MERGE);
        String slug = "e" + System.nanoTime();
        jdbc.sql("insert into event (slug, name, languages, created_at) values (?, 'E', 'en,fr', ?)")
                .params(slug, Timestamp.from(Instant.now())).update();
        eventId = jdbc.sql("select id from event where slug = ?").param(slug).query(Long.class).single();
    }

    @Test
    void storesConceptsWithoutLoss() {
        assertThat(glossaries.concepts(null)).isEqualTo(SeedGlossary.concepts());
    }

    @Test
    void anEventGlossaryOverridesTheSharedOneConceptByConcept() {
        glossaries.create(eventId, "E", Concept.of("on-call", Term.preferred("en", "on-call"),
                Term.preferred("fr", "permanence")));
        assertThat(glossaries.forPair(eventId, "en", "fr").asMap())
                .containsEntry("on-call", "permanence").containsEntry("continuous delivery", "livraison continue");
        assertThat(glossaries.forPair(null, "en", "fr").asMap()).containsEntry("on-call", "astreinte");
        assertThat(glossaries.expand(eventId, "permanence", "fr")).containsExactly("on-call");
        assertThatThrownBy(() -> glossaries.create(eventId, "E", Concept.of("on-call", Term.preferred("en", "x"))))
                .isInstanceOf(ConceptExistsException.class);
    }

    @Test
    void rebuildsTheMatcherOnlyWhenAGlossaryChanged() {
        var matcher = glossaries.matcher(eventId);
        assertThat(glossaries.matcher(eventId)).isSameAs(matcher);
        glossaries.create(eventId, "E", Concept.of("hackathon", Term.preferred("en", "hackathon")));
        assertThat(glossaries.matcher(eventId)).isNotSameAs(matcher);
        assertThat(glossaries.matcher(eventId).find("a hackathon", "en")).hasSize(1);
        String checksum = glossaries.forPair(null, "en", "fr").checksum();
        glossaries.update(null, Concept.of("on-call", Term.preferred("en", "on-call"), Term.preferred("fr", "garde")));
        assertThat(glossaries.forPair(null, "en", "fr").checksum()).isNotEqualTo(checksum);
    }

    @Test
    void aFailedImportChangesNothing() {
        List<Concept> file = List.of(Concept.of("fine", Term.preferred("en", "fine")),
                Concept.of("too-long", Term.preferred("en", "x".repeat(501))));
        assertThatThrownBy(() -> glossaries.importConcepts(null, "ignored", file, ImportMode.REPLACE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longer than 500");
        assertThat(glossaries.concepts(null)).isEqualTo(SeedGlossary.concepts());
    }

    @Test
    void replaceKeepsTheConceptsOfTheFileAndDropsTheOthers() {
        List<Concept> seed = SeedGlossary.concepts();
        ImportResult result = glossaries.importConcepts(null, "ignored", seed.subList(0, 10), ImportMode.REPLACE);
        assertThat(result).isEqualTo(new ImportResult(0, 10, seed.size() - 10));
        assertThat(glossaries.concepts(null)).isEqualTo(seed.subList(0, 10));
    }
}
