package dev.circleview.term;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * stdout and stderr, with what is known about each: is it a terminal, is colour on, may it carry
 * hyperlinks, how wide. Commands write only through this, so tests can capture output with
 * {@link #forTest}. Both streams pass the {@link Spinner} (erased before anything else is written),
 * and stdout may go through a {@link Pager} ({@link #pageWith}); the copies {@link #withColor} and
 * {@link #withLinks} make share them.
 */
public final class Terminal {
    public static final int DEFAULT_WIDTH = 80;
    private static final int MIN_WIDTH = 20;
    private static final int MAX_WIDTH = 1000;

    /** What the copies of one terminal share: the streams as commands see them, and what stands in front of them. */
    private record Streams(PrintWriter out, PrintWriter err, Stdout stdout, Spinner spinner) {
        static Streams over(Writer out, Writer err, Scheduler scheduler) {
            Spinner spinner = new Spinner(err, scheduler);
            PrintWriter gatedErr = new PrintWriter(spinner.gate(err), true);
            Stdout stdout = new Stdout(out, spinner, gatedErr);
            return new Streams(new PrintWriter(stdout, false), gatedErr, stdout, spinner);
        }
    }

    private final Streams streams;
    private final boolean outTerminal;
    private final boolean errTerminal;
    private final boolean outColor;
    private final boolean errColor;
    private final boolean linksAllowed;
    private final int width;

    /** A terminal over these writers whose spinner never turns. */
    public Terminal(Writer out, Writer err, boolean outTerminal, boolean errTerminal,
                    boolean outColor, boolean errColor, int width) {
        this(Streams.over(out, err, Scheduler.NEVER), outTerminal, errTerminal, outColor, errColor, true, width);
    }

    private Terminal(Streams streams, boolean outTerminal, boolean errTerminal,
                     boolean outColor, boolean errColor, boolean linksAllowed, int width) {
        this.streams = streams;
        this.outTerminal = outTerminal;
        this.errTerminal = errTerminal;
        this.outColor = outColor;
        this.errColor = errColor;
        this.linksAllowed = linksAllowed;
        this.width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width));
    }

    /** The process's own stdout and stderr, written as UTF-8, probed through jansi. */
    public static Terminal system(Map<String, String> env, ColorMode color) {
        boolean outTty = TerminalProbe.isTerminal(TerminalProbe.STDOUT);
        boolean errTty = TerminalProbe.isTerminal(TerminalProbe.STDERR);
        int width = outTty ? TerminalProbe.columns(TerminalProbe.STDOUT) : 0;
        if (width <= 0) {
            width = parseColumns(env.get("COLUMNS"));
        }
        Streams streams = Streams.over(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), Scheduler.daemon());
        return new Terminal(streams, outTty, errTty, color.enabled(outTty, env), color.enabled(errTty, env), true, width);
    }

    /** The value of {@code COLUMNS}, or the default when it is missing, garbage or out of range. */
    static int parseColumns(String columns) {
        if (columns != null) {
            try {
                int n = Integer.parseInt(columns.trim());
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the default
            }
        }
        return DEFAULT_WIDTH;
    }

    /** A terminal over string writers, for tests; its spinner never turns. */
    public static Terminal forTest(Writer out, Writer err, boolean terminal, boolean color, int width) {
        return forTest(out, err, terminal, color, width, Scheduler.NEVER);
    }

    /** A terminal over string writers whose spinner turns as {@code scheduler} says, for tests. */
    public static Terminal forTest(Writer out, Writer err, boolean terminal, boolean color, int width, Scheduler scheduler) {
        return new Terminal(Streams.over(out, err, scheduler), terminal, terminal, color, color, true, width);
    }

    /** The same streams, with colour decided anew for {@code mode}. */
    public Terminal withColor(ColorMode mode, Map<String, String> env) {
        return new Terminal(streams, outTerminal, errTerminal,
                mode.enabled(outTerminal, env), mode.enabled(errTerminal, env), linksAllowed, width);
    }

    /** The same streams, with hyperlinks on stdout allowed or not ({@code --no-hyperlinks}, {@link Hyperlink#allowed}). */
    public Terminal withLinks(boolean allowed) {
        return new Terminal(streams, outTerminal, errTerminal, outColor, errColor, allowed, width);
    }

    public PrintWriter out() {
        return streams.out();
    }

    public PrintWriter err() {
        return streams.err();
    }

    /** The spinner on stderr: turned by whoever sees requests come and go, when it may spin at all. */
    public Spinner spinner() {
        return streams.spinner();
    }

    /**
     * Sends stdout through the pager {@code command} ({@link Pager#command}; null for none), started
     * when the first character is written, in environment {@code env}; only when stdout is a terminal
     * and nothing has been written yet.
     */
    public void pageWith(String command, Map<String, String> env) {
        if (outTerminal && command != null) {
            streams.stdout().pageWith(command, env);
        }
    }

    /** True when the pager quit before it had all the output: the run stops quietly. */
    public boolean pagerQuit() {
        return streams.stdout().pagerQuit();
    }

    public boolean isOutTerminal() {
        return outTerminal;
    }

    public boolean isErrTerminal() {
        return errTerminal;
    }

    public boolean outColor() {
        return outColor;
    }

    public boolean errColor() {
        return errColor;
    }

    /**
     * Whether stdout may carry OSC 8 hyperlinks: only a terminal (never a pipe), only with colour on
     * (they are escape codes too), and only when allowed ({@link #withLinks}).
     */
    public boolean links() {
        return outTerminal && outColor && linksAllowed;
    }

    public int width() {
        return width;
    }

    public void flush() {
        out().flush();
        err().flush();
    }

    /** The end of the run: output flushed, the spinner gone for good, and a pager waited for until it exits. */
    public void close() {
        streams.spinner().stop();
        streams.stdout().close();
        err().flush();
    }
}
