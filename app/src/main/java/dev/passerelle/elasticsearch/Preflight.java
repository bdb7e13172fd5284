package dev.passerelle.elasticsearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.passerelle.system.StartupFailure;

/** What must hold before the managed node can start; each failure is one line saying what to do. */
final class Preflight {

    static final String USE_EXISTING = "set PASSERELLE_ELASTICSEARCH_URL to an existing cluster";

    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"?(\\d+)", Pattern.MULTILINE);

    private Preflight() {
    }

    static void refuseRoot(OptionalInt uid) {
        if (uid.isPresent() && uid.getAsInt() == 0) {
            throw new StartupFailure(
                    "Elasticsearch refuses to run as root, so the embedded node cannot start.",
                    "Run Passerelle as a normal user, or " + USE_EXISTING + ".");
        }
    }

    /** The current process's uid where the platform tells it (Linux, macOS); empty elsewhere. */
    static OptionalInt currentUid() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return OptionalInt.of((Integer) uid);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return "root".equals(System.getProperty("user.name")) ? OptionalInt.of(0) : OptionalInt.empty();
        }
    }

    /** The JDK that runs the node: {@code ES_JAVA_HOME} if set, else the JVM running Passerelle. */
    static Path javaHome(String esJavaHome, String runningJavaHome) {
        return Path.of(esJavaHome != null && !esJavaHome.isBlank() ? esJavaHome : runningJavaHome);
    }

    static void requireJdk21(Path javaHome) {
        if (!Files.isExecutable(javaHome.resolve("bin").resolve("java"))) {
            throw new StartupFailure("No Java found at " + javaHome + " for the embedded Elasticsearch.",
                    "Point ES_JAVA_HOME at a JDK 21 or newer, or " + USE_EXISTING + ".");
        }
        OptionalInt feature = featureVersion(javaHome);
        if (feature.isPresent() && feature.getAsInt() < 21) {
            throw new StartupFailure("The embedded Elasticsearch needs Java 21 or newer; " + javaHome + " is Java "
                    + feature.getAsInt() + ".", "Point ES_JAVA_HOME at a JDK 21 or newer, or " + USE_EXISTING + ".");
        }
    }

    static OptionalInt featureVersion(Path javaHome) {
        Path release = javaHome.resolve("release");
        try {
            return Files.isReadable(release) ? featureVersion(Files.readString(release)) : OptionalInt.empty();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }

    static OptionalInt featureVersion(String releaseFile) {
        Matcher m = JAVA_VERSION.matcher(releaseFile);
        if (!m.find()) {
            return OptionalInt.empty();
        }
        int major = Integer.parseInt(m.group(1));
        // Java 8 and older say "1.8.0_…".
        return OptionalInt.of(major == 1 ? 8 : major);
    }

    static void requireDistribution(Path zip, ManagedNodeLayout layout) {
        if (!Files.exists(layout.installedMarker()) && !Files.isReadable(zip)) {
            throw new StartupFailure("Elasticsearch " + ManagedNodeLayout.VERSION + " distribution not found at " + zip + ".",
                    "Fetch it with `" + ManagedNodeLayout.fetchCommand() + "`, set passerelle.elasticsearch.managed.distribution, or "
                            + USE_EXISTING + ".");
        }
    }

    static String requireHeap(String heap) {
        return Optional.ofNullable(heap)
                .map(String::strip)
                .filter(h -> h.matches("\\d+[kKmMgG]"))
                .orElseThrow(() -> new StartupFailure("passerelle.elasticsearch.managed.heap must look like 512m or 1g, not '"
                        + heap + "'.", "Fix passerelle.elasticsearch.managed.heap."));
    }
}
