package dev.passerelle.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.passerelle.system.StartupFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: a single Elasticsearch node run as our child process on a free loopback port. {@link #start}
 * checks what it can at once and boots the node in the background; {@link #awaitReady} waits for cluster health;
 * {@link #close} (also run by a JVM shutdown hook) stops it.
 */
final class ManagedElasticsearch implements ElasticsearchNode {

    static final String PLUGIN_RESOURCE = "elasticsearch/passerelle-analysis.zip";

    private static final Logger log = LoggerFactory.getLogger(ManagedElasticsearch.class);
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(250);

    /** Everything the node needs, resolved from configuration and the environment. */
    record Settings(Path home, Path distribution, String heap, Duration startupTimeout, Path javaHome, byte[] plugin) {

        static Settings from(ElasticsearchNodeProperties.Managed managed) {
            Path distribution = managed.distribution() != null ? managed.distribution()
                    : ManagedNodeLayout.mavenRepositoryDistribution(System.getProperty("maven.repo.local"),
                            System.getProperty("user.home"));
            Path javaHome = Preflight.javaHome(System.getenv("ES_JAVA_HOME"), System.getProperty("java.home"));
            return new Settings(managed.home(), distribution, managed.heap(), managed.startupTimeout(), javaHome,
                    bundledPlugin());
        }
    }

    private final Settings settings;
    private final ManagedNodeLayout layout;
    private final URI uri;
    private final int transportPort;
    private final ClusterHealth health = new ClusterHealth(Duration.ofSeconds(2));
    private final Thread shutdownHook = Thread.ofPlatform().name("managed-elasticsearch-stop").unstarted(this::close);
    private final Object lock = new Object();
    private CompletableFuture<Void> ready;
    private Process process;
    private boolean closed;

    private ManagedElasticsearch(Settings settings) {
        this.settings = settings;
        this.layout = new ManagedNodeLayout(settings.home());
        int httpPort = FreePort.pick();
        this.uri = URI.create("http://127.0.0.1:" + httpPort);
        this.transportPort = FreePort.pickOtherThan(httpPort);
    }

    /** Fails at once (one line) on root, a missing JDK 21+ or distribution; then boots the node in the background. */
    static ManagedElasticsearch start(Settings settings) {
        Preflight.refuseRoot(Preflight.currentUid());
        Preflight.requireJdk21(settings.javaHome());
        Preflight.requireHeap(settings.heap());
        ManagedElasticsearch node = new ManagedElasticsearch(settings);
        Preflight.requireDistribution(settings.distribution(), node.layout);
        Runtime.getRuntime().addShutdownHook(node.shutdownHook);
        node.ready = CompletableFuture.runAsync(node::boot,
                task -> Thread.ofPlatform().name("managed-elasticsearch-start").daemon().start(task));
        return node;
    }

    @Override
    public URI uri() {
        return uri;
    }

    @Override
    public boolean isStarting() {
        return !ready.isDone();
    }

    @Override
    public void awaitReady() {
        try {
            ready.get(settings.startupTimeout().toMillis() + 60_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new StartupFailure("The embedded Elasticsearch failed to start: " + e.getCause() + ".",
                    "See " + layout.consoleLog() + ".", e.getCause());
        } catch (TimeoutException e) {
            throw new StartupFailure("The embedded Elasticsearch did not start in time.", "See " + layout.consoleLog() + ".");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailure("Interrupted while waiting for the embedded Elasticsearch.", "Start again.");
        }
    }

    /** The launcher's process id while it runs. */
    Optional<Long> pid() {
        synchronized (lock) {
            return Optional.ofNullable(process).filter(Process::isAlive).map(Process::pid);
        }
    }

    private void boot() {
        long started = System.nanoTime();
        try {
            stopStaleNode();
            new NodeInstaller(layout).install(settings.distribution(), settings.plugin());
            Files.createDirectories(layout.data());
            Files.createDirectories(layout.logs());
            NodeInstaller.deleteRecursively(layout.tmp());
            Files.createDirectories(layout.tmp());
            Process launched = launch();
            if (launched == null) {
                return;
            }
            awaitHealth(launched, started);
        } catch (IOException e) {
            throw new StartupFailure("Could not prepare the embedded Elasticsearch under " + layout.home() + ": " + e.getMessage() + ".",
                    "Check that the directory is writable, or set passerelle.elasticsearch.managed.home.", e);
        }
    }

    private Process launch() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command())
                .directory(layout.install().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.consoleLog().toFile()));
        Map<String, String> env = builder.environment();
        env.put("ES_JAVA_HOME", settings.javaHome().toString());
        env.put("ES_JAVA_OPTS", "-Xms" + settings.heap() + " -Xmx" + settings.heap());
        // Elasticsearch makes a fresh temp directory per start and never removes it: keep those under our home.
        env.put("ES_TMPDIR", layout.tmp().toString());
        env.remove("ES_PATH_CONF");
        env.remove("JAVA_HOME");
        synchronized (lock) {
            if (closed) {
                return null;
            }
            process = builder.start();
        }
        Files.writeString(layout.launcherPid(), process.pid() + "\n");
        log.info("Starting the embedded Elasticsearch {} on {} (home {}, log {})", ManagedNodeLayout.VERSION, uri,
                layout.home(), layout.consoleLog());
        return process;
    }

    List<String> command() {
        return List.of(layout.executable().toString(),
                "-E", "discovery.type=single-node",
                "-E", "xpack.security.enabled=false",
                "-E", "network.host=127.0.0.1",
                "-E", "http.port=" + uri.getPort(),
                "-E", "transport.port=" + transportPort,
                "-E", "path.data=" + layout.data(),
                "-E", "path.logs=" + layout.logs(),
                "-E", "cluster.name=passerelle-embedded",
                // A laptop disk above 90 % must not turn the local index read-only.
                "-E", "cluster.routing.allocation.disk.threshold_enabled=false",
                "-p", layout.serverPid().toString());
    }

    private void awaitHealth(Process launched, long started) {
        long deadline = started + settings.startupTimeout().toNanos();
        while (true) {
            if (!launched.isAlive()) {
                if (isClosed()) {
                    return;
                }
                throw new StartupFailure("The embedded Elasticsearch exited with code " + launched.exitValue()
                        + " while starting" + lastError().map(e -> ": " + e).orElse("") + ".",
                        "See " + layout.consoleLog() + ", or set PASSERELLE_ELASTICSEARCH_URL to an existing cluster.");
            }
            try {
                if (health.check(uri).ready()) {
                    log.info("Embedded Elasticsearch ready on {} after {} ms", uri, (System.nanoTime() - started) / 1_000_000);
                    return;
                }
            } catch (IOException notListeningYet) {
                // Expected until the HTTP port is bound.
            }
            if (System.nanoTime() > deadline) {
                close();
                throw new StartupFailure("The embedded Elasticsearch was not ready within "
                        + settings.startupTimeout().toSeconds() + " s.",
                        "See " + layout.consoleLog() + "; raise passerelle.elasticsearch.managed.startup-timeout on a slow machine.");
            }
            waitForExit(launched, POLL);
        }
    }

    private boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    /** Stops the node: SIGTERM to the launcher (it shuts the server down), then force after a grace period. */
    @Override
    public void close() {
        Process running;
        synchronized (lock) {
            closed = true;
            running = process;
        }
        if (running != null) {
            stop(running.toHandle());
        }
        try {
            Files.deleteIfExists(layout.launcherPid());
        } catch (IOException e) {
            log.debug("Could not delete {}", layout.launcherPid(), e);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // Called from the hook itself.
        }
    }

    private static void stop(ProcessHandle launcher) {
        List<ProcessHandle> children = launcher.descendants().toList();
        if (launcher.isAlive()) {
            log.info("Stopping the embedded Elasticsearch (pid {})", launcher.pid());
            launcher.destroy();
            if (!waitForExit(launcher, GRACEFUL_STOP)) {
                launcher.destroyForcibly();
            }
        }
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                child.destroy();
                if (!waitForExit(child, Duration.ofSeconds(10))) {
                    child.destroyForcibly();
                }
            }
        }
    }

    /** A node left running by a crashed or killed app would hold the data directory's lock. */
    private void stopStaleNode() throws IOException {
        for (Path pidFile : List.of(layout.launcherPid(), layout.serverPid())) {
            readPid(pidFile).flatMap(ProcessHandle::of)
                    .filter(p -> p.info().commandLine().map(c -> c.contains(layout.install().toString())).orElse(false))
                    .ifPresent(stale -> {
                        log.warn("Stopping a stale embedded Elasticsearch (pid {}) left by an earlier run", stale.pid());
                        stop(stale);
                    });
            Files.deleteIfExists(pidFile);
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Files.exists(pidFile) ? Optional.of(Long.parseLong(Files.readString(pidFile).strip())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<String> lastError() {
        try (var lines = Files.lines(layout.consoleLog())) {
            return lines.filter(l -> l.contains("ERROR") || l.contains("Exception:"))
                    .reduce((first, second) -> second)
                    .map(l -> l.length() > 300 ? l.substring(0, 300) + "…" : l.strip());
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static boolean waitForExit(Process process, Duration timeout) {
        return waitForExit(process.toHandle(), timeout);
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    static byte[] bundledPlugin() {
        try (InputStream in = ManagedElasticsearch.class.getClassLoader().getResourceAsStream(PLUGIN_RESOURCE)) {
            if (in == null) {
                throw new StartupFailure("The analysis plugin " + PLUGIN_RESOURCE + " is missing from the classpath.",
                        "Build with `./mvnw package` (it bundles the plugin), or set PASSERELLE_ELASTICSEARCH_URL.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
