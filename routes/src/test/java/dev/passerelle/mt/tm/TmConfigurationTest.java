package dev.passerelle.mt.tm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.mt.LanguagePair;
import dev.passerelle.mt.MtConnector;
import dev.passerelle.mt.MtRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class TmConfigurationTest {

    @TempDir
    Path directory;

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(TmConfiguration.class, TmConnector.class);

    @Test
    void defaultsAreThreshold75AndDataTm() {
        context.withBean(TmEntries.class, () -> (id, limit) -> List.of())
                .run(c -> assertThat(c.getBean(TmProperties.class)).isEqualTo(new TmProperties(75, Path.of("data/tm"), 1000)));
    }

    @Test
    void connectorIsABeanWithBoundPropertiesAndClosesWithTheContext() {
        InMemoryTmEntries entries = new InMemoryTmEntries();
        entries.add(new LanguagePair("en", "fr"), "Open the file.", "Ouvrez le fichier.");
        context.withBean(TmEntries.class, () -> entries)
                .withPropertyValues("passerelle.mt.tm.threshold=90", "passerelle.mt.tm.directory=" + directory)
                .run(c -> {
                    MtConnector tm = c.getBean(MtConnector.class);
                    assertThat(tm.id()).isEqualTo("tm");
                    assertThat(c.getBean(TmProperties.class).threshold()).isEqualTo(90);
                    assertThat(tm.translate(new LanguagePair("en", "fr"), List.of(MtRequest.of("Open the files.")))
                            .get(0)).isEmpty();
                });
        // The context closed the connector, releasing the directory's lock for the next one.
        try (TmConnector next = new TmConnector(entries, new TmProperties(75, directory, 10))) {
            assertThat(next.translate(new LanguagePair("en", "fr"), List.of(MtRequest.of("Open the files.")))
                    .get(0)).isPresent();
        }
    }
}
