package dev.circleview.cli;

import dev.circleview.core.CircleViewException;
import dev.circleview.core.ExitCode;
import dev.circleview.core.Text;
import dev.circleview.term.Terminal;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The one place where errors become output: one line on stderr (what happened; what to do) and an
 * exit code. Stack traces only with {@code --debug}.
 */
public final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    public static final String PREFIX = "circle-view: ";

    private final Supplier<Terminal> terminal;
    private final BooleanSupplier debug;

    /** {@code terminal} is asked when an error happens, so that it reflects {@code --color} once parsed. */
    ErrorHandler(Supplier<Terminal> terminal, BooleanSupplier debug) {
        this.terminal = terminal;
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        Terminal terminal = this.terminal.get();
        PrintWriter err = terminal.err();
        if (ex instanceof CircleViewException e && e.lines(terminal.errColor()) != null) {
            e.lines(terminal.errColor()).forEach(err::println);
            err.flush();
            return e.exitCode().code();
        }
        if (ex instanceof CircleViewException e) {
            err.println(PREFIX + line(e.getMessage(), e.hint()));
            trace(terminal, ex);
            return e.exitCode().code();
        }
        Throwable cause = ex;
        if (cause instanceof InterruptedException || Thread.currentThread().isInterrupted()) {
            err.println(PREFIX + "interrupted");
            err.flush();
            return ExitCode.INTERRUPTED.code();
        }
        err.println(PREFIX + "unexpected error: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + Text.quoteForMessage(cause.getMessage()))
                + (debug.getAsBoolean() ? "" : " (run with --debug for details)"));
        trace(terminal, ex);
        return ExitCode.ERROR.code();
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        PrintWriter err = terminal.get().err();
        CommandLine cmd = ex.getCommandLine();
        List<String> suggestions = ex instanceof CommandLine.UnmatchedArgumentException unmatched
                ? unmatched.getSuggestions() : List.of();
        String help = "see '" + cmd.getCommandSpec().qualifiedName() + " --help'";
        if (ex instanceof CommandLine.OverwrittenOptionException twice && twice.getOverwritten() instanceof OptionSpec option
                && option.longestName().equals("--project")) {
            // only builds lists several projects; the others act on one, so picocli refuses a second --project
            err.println(PREFIX + line("--project was given more than once, but " + cmd.getCommandName() + " acts on one project",
                    "give it once (only builds lists several projects together)"));
            err.flush();
            return ExitCode.USAGE.code();
        }
        err.println(PREFIX + line(message(ex), suggestions.isEmpty() ? help
                : "did you mean " + String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size()))) + "? (" + help + ")"));
        err.flush();
        return ExitCode.USAGE.code();
    }

    /**
     * picocli's message, whole (only the value the user typed is cut, when very long), with control
     * characters escaped; for an option of a fixed set of values, the value and every choice, in the
     * case the documentation writes them ({@code auto|always|never}).
     */
    private static String message(ParameterException ex) {
        ArgSpec arg = ex.getArgSpec();
        if (arg == null || !arg.type().isEnum() || ex.getValue() == null) {
            return Text.escapeForMessage(ex.getMessage());
        }
        List<String> choices = new ArrayList<>();
        if (arg.completionCandidates() != null) {
            arg.completionCandidates().forEach(choices::add);
        } else {
            for (Object constant : arg.type().getEnumConstants()) {
                choices.add(constant.toString().toLowerCase(Locale.ROOT));
            }
        }
        String name = arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
        return "invalid value for " + name + ": \"" + Text.quoteForMessage(ex.getValue()) + "\" (choose from "
                + String.join(", ", choices) + ")";
    }

    /**
     * What happened, then what to do, as one sentence: a message that ends in a full stop (CircleCI's
     * often do) loses it before the hint, so that they read "...: not found; check the project", not
     * "not found.; check".
     */
    public static String line(String message, String hint) {
        if (hint == null || hint.isEmpty()) {
            return message;
        }
        String m = message.strip();
        while (m.endsWith(".") && !m.endsWith("...")) {
            m = m.substring(0, m.length() - 1).stripTrailing();
        }
        return m + "; " + hint;
    }

    private void trace(Terminal terminal, Throwable ex) {
        if (debug.getAsBoolean()) {
            ex.printStackTrace(terminal.err());
        }
        terminal.err().flush();
    }
}
