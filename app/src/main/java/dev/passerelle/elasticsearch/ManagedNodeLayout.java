package dev.passerelle.elasticsearch;

import java.nio.file.Path;

/**
 * Where the managed node keeps things under its home: the unpacked distribution (one folder per version), data,
 * logs and pid files, so a restart re-uses the install and the data.
 */
record ManagedNodeLayout(Path home) {

    static final String VERSION = "9.2.8";

    ManagedNodeLayout {
        home = home.toAbsolutePath().normalize();
    }

    Path install() {
        return home.resolve("elasticsearch-" + VERSION);
    }

    Path installedMarker() {
        return install().resolve(".passerelle-installed");
    }

    Path executable() {
        return install().resolve("bin").resolve("elasticsearch");
    }

    Path plugin() {
        return install().resolve("plugins").resolve("passerelle-analysis");
    }

    /** Outside {@code plugins/}: Elasticsearch treats every entry there as a plugin. */
    Path pluginChecksum() {
        return home.resolve("passerelle-analysis.sha256");
    }

    Path data() {
        return home.resolve("data");
    }

    Path logs() {
        return home.resolve("logs");
    }

    /** ES_TMPDIR: emptied before each start. */
    Path tmp() {
        return home.resolve("tmp");
    }

    Path consoleLog() {
        return logs().resolve("console.log");
    }

    /** The launcher process (bin/elasticsearch) we started. */
    Path launcherPid() {
        return home.resolve("launcher.pid");
    }

    /** The server JVM, written by Elasticsearch itself ({@code -p}). */
    Path serverPid() {
        return home.resolve("server.pid");
    }

    /** The default distribution: the integ-test zip in the local Maven repository. */
    static Path mavenRepositoryDistribution(String mavenRepoLocal, String userHome) {
        Path repo = mavenRepoLocal != null && !mavenRepoLocal.isBlank()
                ? Path.of(mavenRepoLocal)
                : Path.of(userHome, ".m2", "repository");
        return repo.resolve("org/elasticsearch/distribution/integ-test-zip/elasticsearch")
                .resolve(VERSION)
                .resolve("elasticsearch-" + VERSION + ".zip");
    }

    static String fetchCommand() {
        return "./mvnw dependency:get -Dartifact=org.elasticsearch.distribution.integ-test-zip:elasticsearch:"
                + VERSION + ":zip";
    }
}
