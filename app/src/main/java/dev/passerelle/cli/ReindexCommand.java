package dev.passerelle.cli;

import dev.passerelle.PasserelleApplication;
import dev.passerelle.publish.SearchReindex;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code reindex [--property=value …]}: rebuilds the search index from the published program (a new versioned index,
 * then an alias swap), with the server's configuration (environment, {@code application.yml}, and any
 * {@code --property=value} given); prints the report as one JSON line. It starts no web server and no pipeline
 * route. On the embedded defaults (H2 file, managed Elasticsearch under ./data) stop the server first: both are
 * single-process; a running server re-indexes through {@code POST /api/admin/search/reindex} instead.
 */
final class ReindexCommand implements CliCommand {

    /** Exit status when the re-index could not run (database or Elasticsearch unreachable, …). */
    static final int FAILED = 3;

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public String name() {
        return "reindex";
    }

    @Override
    public String usage() {
        return "reindex [--property=value …]   (rebuild the search index from the published program)";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        if (!args.stream().allMatch(arg -> arg.startsWith("--") && arg.contains("="))) {
            err.println("Usage: " + usage());
            return USAGE;
        }
        SpringApplicationBuilder application = new SpringApplicationBuilder(PasserelleApplication.class)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                // The web context the services are built for, but no listening port (server.port=-1); stdout
                // carries the report only: no console log (the log file still gets everything).
                .properties("server.port=-1", "logging.threshold.console=OFF", "passerelle.pipeline.start-routes=false",
                        "passerelle.demo.enabled=false");
        try (ConfigurableApplicationContext context = application.run(args.toArray(String[]::new))) {
            SearchReindex.Report report = context.getBean(SearchReindex.class).run();
            out.println(json.writeValueAsString(report));
            return OK;
        } catch (RuntimeException e) {
            err.println("reindex failed: " + rootCause(e).getMessage());
            return FAILED;
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
