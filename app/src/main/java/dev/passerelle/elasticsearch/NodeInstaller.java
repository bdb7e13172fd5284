package dev.passerelle.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unpacks the distribution once (a marker records the version) and installs our analysis plugin by unzipping it
 * into {@code plugins/passerelle-analysis/}, again whenever the bundled zip's checksum changes.
 */
final class NodeInstaller {

    private static final Logger log = LoggerFactory.getLogger(NodeInstaller.class);

    private final ManagedNodeLayout layout;

    NodeInstaller(ManagedNodeLayout layout) {
        this.layout = layout;
    }

    void install(Path distribution, byte[] plugin) throws IOException {
        unpackDistribution(distribution);
        installPlugin(plugin);
    }

    void unpackDistribution(Path zip) throws IOException {
        if (Files.exists(layout.installedMarker())) {
            return;
        }
        long started = System.nanoTime();
        Files.createDirectories(layout.home());
        Path staging = Files.createTempDirectory(layout.home(), ".unpacking-");
        try {
            try (InputStream in = Files.newInputStream(zip)) {
                unzip(in, staging);
            }
            Path unpacked = staging.resolve(layout.install().getFileName());
            if (!Files.isDirectory(unpacked)) {
                throw new IOException(zip + " has no top folder " + layout.install().getFileName());
            }
            makeExecutable(unpacked.resolve("bin"));
            deleteRecursively(layout.install());
            // Same file system, so the install appears complete or not at all.
            Files.move(unpacked, layout.install(), StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(layout.installedMarker(), ManagedNodeLayout.VERSION + "\n");
            log.info("Unpacked Elasticsearch {} into {} in {} ms", ManagedNodeLayout.VERSION, layout.install(),
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            deleteRecursively(staging);
        }
    }

    void installPlugin(byte[] plugin) throws IOException {
        String checksum = sha256(plugin);
        if (Files.isDirectory(layout.plugin()) && Files.exists(layout.pluginChecksum())
                && Files.readString(layout.pluginChecksum()).strip().equals(checksum)) {
            return;
        }
        deleteRecursively(layout.plugin());
        Files.createDirectories(layout.plugin());
        unzip(new java.io.ByteArrayInputStream(plugin), layout.plugin());
        Files.writeString(layout.pluginChecksum(), checksum + "\n");
        log.info("Installed the passerelle-analysis plugin ({}) into {}", checksum.substring(0, 12), layout.plugin());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void unzip(InputStream in, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path path = root.resolve(entry.getName()).normalize();
                if (!path.startsWith(root)) {
                    throw new IOException("zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(zip, path, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Zip entries lose their Unix modes through java.util.zip; the launch scripts need theirs back. */
    private static void makeExecutable(Path bin) throws IOException {
        try (Stream<Path> scripts = Files.list(bin)) {
            for (Path script : (Iterable<Path>) scripts::iterator) {
                if (Files.isRegularFile(script)) {
                    try {
                        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
                    } catch (UnsupportedOperationException e) {
                        script.toFile().setExecutable(true);
                    }
                }
            }
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
