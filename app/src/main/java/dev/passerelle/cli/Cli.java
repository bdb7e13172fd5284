package dev.passerelle.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Dispatches {@code java -jar passerelle.jar <command> …} to a {@link CliCommand}; no argument starts the server. */
public final class Cli {

    static final List<CliCommand> COMMANDS = List.of(new SegmentCommand(), new ReindexCommand());

    private Cli() {
    }

    /** The command {@code args} name, if they name one (or ask for {@code help}). */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (args[0].equals("help") || find(args[0]).isPresent());
    }

    /** Runs the command {@code args} name on stdin, stdout and stderr (UTF-8); returns its exit status. */
    public static int run(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        try {
            return run(args, System.in, out, err);
        } finally {
            out.flush();
        }
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        quietLogging();
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return find(args[0]).map(command -> command.run(rest, in, out, err)).orElseGet(() -> help(out));
    }

    private static Optional<CliCommand> find(String name) {
        return COMMANDS.stream().filter(command -> command.name().equals(name)).findFirst();
    }

    private static int help(PrintStream out) {
        out.println("Usage: java -jar passerelle.jar [command]   (no command: start the server)");
        COMMANDS.forEach(command -> out.println("  " + command.usage()));
        return CliCommand.OK;
    }

    // Libraries log through SLF4J; without Spring, Logback would print DEBUG lines on stdout, which is the
    // command's output. Warnings and errors go to stderr instead, everything else nowhere.
    private static void quietLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.reset();
            PatternLayoutEncoder encoder = new PatternLayoutEncoder();
            encoder.setContext(context);
            encoder.setPattern("%level %logger{20}: %msg%n");
            encoder.start();
            ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
            stderr.setContext(context);
            stderr.setTarget("System.err");
            stderr.setEncoder(encoder);
            stderr.start();
            ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
            root.setLevel(Level.WARN);
            root.addAppender(stderr);
        }
    }
}
