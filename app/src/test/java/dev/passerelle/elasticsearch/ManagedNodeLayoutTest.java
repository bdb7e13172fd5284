package dev.passerelle.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ManagedNodeLayoutTest {

    @Test
    void keepsEverythingUnderTheHome() {
        ManagedNodeLayout layout = new ManagedNodeLayout(Path.of("/srv/passerelle/data/elasticsearch"));

        assertThat(layout.executable()).hasToString("/srv/passerelle/data/elasticsearch/elasticsearch-9.2.8/bin/elasticsearch");
        assertThat(layout.plugin()).hasToString("/srv/passerelle/data/elasticsearch/elasticsearch-9.2.8/plugins/passerelle-analysis");
        assertThat(layout.pluginChecksum().getParent()).isEqualTo(layout.home());
        assertThat(layout.data()).hasToString("/srv/passerelle/data/elasticsearch/data");
        assertThat(layout.consoleLog()).hasToString("/srv/passerelle/data/elasticsearch/logs/console.log");
    }

    @Test
    void resolvesARelativeHomeAgainstTheWorkingDirectory() {
        assertThat(new ManagedNodeLayout(Path.of("./data/elasticsearch")).home())
                .isEqualTo(Path.of("").toAbsolutePath().resolve("data/elasticsearch"));
    }

    @Test
    void findsTheDistributionInTheConfiguredMavenRepositoryElseUnderHome() {
        String zip = "org/elasticsearch/distribution/integ-test-zip/elasticsearch/9.2.8/elasticsearch-9.2.8.zip";

        assertThat(ManagedNodeLayout.mavenRepositoryDistribution("/ci/repo", "/home/me"))
                .isEqualTo(Path.of("/ci/repo").resolve(zip));
        assertThat(ManagedNodeLayout.mavenRepositoryDistribution(null, "/home/me"))
                .isEqualTo(Path.of("/home/me/.m2/repository").resolve(zip));
    }

    @Test
    void picksAFreeLoopbackPortAwayFromElasticsearchDefaults() throws Exception {
        int port = FreePort.pick();

        assertThat(port).isNotIn(9200, 9300).isBetween(1024, 65535);
        try (ServerSocket socket = new ServerSocket(port)) {
            assertThat(socket.isBound()).isTrue();
        }
        assertThat(FreePort.pickOtherThan(port)).isNotEqualTo(port);
    }
}
