package dev.passerelle.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeInstallerTest {

    @TempDir
    Path home;

    @Test
    void unpacksTheDistributionOnceAndMakesTheScriptsExecutable() throws IOException {
        ManagedNodeLayout layout = new ManagedNodeLayout(home);
        Path zip = home.resolve("dist.zip");
        Files.write(zip, zip("elasticsearch-9.2.8/bin/elasticsearch", "#!/bin/bash\n", "elasticsearch-9.2.8/lib/x.jar", "jar"));
        NodeInstaller installer = new NodeInstaller(layout);

        installer.unpackDistribution(zip);
        Files.delete(zip);
        installer.unpackDistribution(zip);

        assertThat(layout.executable()).isExecutable();
        assertThat(layout.installedMarker()).hasContent("9.2.8");
        try (var entries = Files.list(home)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("elasticsearch-9.2.8");
        }
    }

    @Test
    void reinstallsThePluginOnlyWhenTheBundledZipChanges() throws IOException {
        ManagedNodeLayout layout = new ManagedNodeLayout(home);
        NodeInstaller installer = new NodeInstaller(layout);

        installer.installPlugin(zip("analysis-1.jar", "v1", "stable-plugin-descriptor.properties", "name=x"));
        Files.writeString(layout.plugin().resolve("marker"), "kept while unchanged");
        installer.installPlugin(zip("analysis-1.jar", "v1", "stable-plugin-descriptor.properties", "name=x"));
        assertThat(layout.plugin().resolve("marker")).exists();

        installer.installPlugin(zip("analysis-2.jar", "v2", "stable-plugin-descriptor.properties", "name=x"));
        try (var entries = Files.list(layout.plugin())) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("analysis-2.jar", "stable-plugin-descriptor.properties");
        }
    }

    @Test
    void refusesEntriesEscapingTheTarget() throws IOException {
        byte[] evil = zip("../evil.txt", "x");

        assertThatThrownBy(() -> new NodeInstaller(new ManagedNodeLayout(home)).installPlugin(evil))
                .isInstanceOf(IOException.class);
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
