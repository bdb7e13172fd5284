package dev.passerelle.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * A command of {@code java -jar passerelle.jar <name> …}, run instead of the server. Stdout carries only the
 * command's results (no banner, no logs); messages go to stderr. To add one, implement this and list it in
 * {@link Cli#COMMANDS}.
 */
public interface CliCommand {

    /** Exit status of a run that succeeded. */
    int OK = 0;
    /** Exit status when the input was refused. */
    int INVALID_INPUT = 1;
    /** Exit status when the command line itself was wrong. */
    int USAGE = 2;

    /** The word that selects the command, e.g. "segment". */
    String name();

    /** One line of usage, shown by {@code help} and on a usage error, e.g. "segment --lang en|fr < text". */
    String usage();

    /** Runs with the arguments after the name; returns the exit status. */
    int run(List<String> args, InputStream in, PrintStream out, PrintStream err);
}
