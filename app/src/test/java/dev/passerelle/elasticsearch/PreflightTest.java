package dev.passerelle.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import dev.passerelle.system.StartupFailure;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreflightTest {

    @Nested
    class Root {

        @Test
        void refusesUidZeroWithOneLineSayingWhatToDo() {
            assertThatThrownBy(() -> Preflight.refuseRoot(OptionalInt.of(0)))
                    .isInstanceOf(StartupFailure.class)
                    .hasMessage("Elasticsearch refuses to run as root, so the embedded node cannot start.")
                    .satisfies(e -> assertThat(((StartupFailure) e).action())
                            .isEqualTo("Run Passerelle as a normal user, or set PASSERELLE_ELASTICSEARCH_URL to an existing cluster."));
        }

        @Test
        void acceptsOtherUsersAndUnknownUid() {
            assertThatNoException().isThrownBy(() -> Preflight.refuseRoot(OptionalInt.of(1001)));
            assertThatNoException().isThrownBy(() -> Preflight.refuseRoot(OptionalInt.empty()));
        }
    }

    @Nested
    class Java {

        @Test
        void readsTheFeatureVersionFromTheReleaseFile() {
            assertThat(Preflight.featureVersion("IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.1\"\n")).hasValue(25);
            assertThat(Preflight.featureVersion("JAVA_VERSION=\"1.8.0_402\"")).hasValue(8);
            assertThat(Preflight.featureVersion("nothing here")).isEmpty();
        }

        @Test
        void prefersEsJavaHomeOverTheRunningJvm() {
            assertThat(Preflight.javaHome("/opt/jdk25", "/usr/lib/jvm/jre")).isEqualTo(Path.of("/opt/jdk25"));
            assertThat(Preflight.javaHome(" ", "/usr/lib/jvm/jre")).isEqualTo(Path.of("/usr/lib/jvm/jre"));
        }

        @Test
        void refusesAJavaHomeWithoutJava(@TempDir Path dir) {
            assertThatThrownBy(() -> Preflight.requireJdk21(dir))
                    .isInstanceOf(StartupFailure.class)
                    .hasMessageContaining("No Java found at " + dir);
        }

        @Test
        void refusesJava17(@TempDir Path dir) throws IOException {
            Path java = Files.createDirectories(dir.resolve("bin")).resolve("java");
            Files.writeString(java, "#!/bin/sh\n");
            java.toFile().setExecutable(true);
            Files.writeString(dir.resolve("release"), "JAVA_VERSION=\"17.0.12\"\n");

            assertThatThrownBy(() -> Preflight.requireJdk21(dir))
                    .hasMessage("The embedded Elasticsearch needs Java 21 or newer; " + dir + " is Java 17.");
        }

        @Test
        void acceptsTheRunningJvm() {
            assertThatNoException().isThrownBy(() -> Preflight.requireJdk21(Path.of(System.getProperty("java.home"))));
        }
    }

    @Test
    void missingDistributionNamesTheMavenCommandThatFetchesIt(@TempDir Path dir) {
        ManagedNodeLayout layout = new ManagedNodeLayout(dir.resolve("es"));

        assertThatThrownBy(() -> Preflight.requireDistribution(dir.resolve("missing.zip"), layout))
                .isInstanceOf(StartupFailure.class)
                .satisfies(e -> assertThat(((StartupFailure) e).action()).contains(
                        "./mvnw dependency:get -Dartifact=org.elasticsearch.distribution.integ-test-zip:elasticsearch:9.2.8:zip"));
    }

    @Test
    void missingDistributionIsFineOnceUnpacked(@TempDir Path dir) throws IOException {
        ManagedNodeLayout layout = new ManagedNodeLayout(dir);
        Files.createDirectories(layout.install());
        Files.writeString(layout.installedMarker(), "9.2.8\n");

        assertThatNoException().isThrownBy(() -> Preflight.requireDistribution(dir.resolve("missing.zip"), layout));
    }

    @Test
    void heapMustBeAJvmSize() {
        assertThat(Preflight.requireHeap("512m")).isEqualTo("512m");
        assertThatThrownBy(() -> Preflight.requireHeap("lots")).isInstanceOf(StartupFailure.class);
    }
}
