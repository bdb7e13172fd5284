package dev.passerelle.glossary;

import dev.passerelle.glossary.exchange.SeedGlossary;
import dev.passerelle.glossary.store.ConceptExistsException;
import dev.passerelle.glossary.store.Glossaries;
import dev.passerelle.glossary.store.ImportMode;
import dev.passerelle.glossary.store.ImportResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Creates the shared default glossary from the shipped DevOps/conference TBX when it does not exist yet. Once it
 * exists (even emptied by an organiser) it is left alone, so restarts never undo edits.
 */
@Component
@ConditionalOnProperty(name = "passerelle.glossary.seed", havingValue = "true", matchIfMissing = true)
class SharedGlossarySeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SharedGlossarySeed.class);

    private final Glossaries glossaries;

    SharedGlossarySeed(Glossaries glossaries) {
        this.glossaries = glossaries;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (glossaries.find(null).isPresent()) {
            return;
        }
        try {
            ImportResult result = glossaries.importConcepts(null, Glossaries.SHARED_NAME, SeedGlossary.concepts(),
                    ImportMode.MERGE);
            log.info("Seeded the shared glossary with {} concepts from {}", result.created(), SeedGlossary.RESOURCE);
        } catch (ConceptExistsException another) {
            log.debug("Another instance seeded the shared glossary first");
        }
    }
}
