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
 * {@link #forTest}.
 */
public final class Terminal {
    public static final int DEFAULT_WIDTH = 80;
    private static final int MIN_WIDTH = 20;
    private static final int MAX_WIDTH = 1000;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean outTerminal;
    private final boolean errTerminal;
    private final boolean outColor;
    private final boolean errColor;
    private final boolean linksAllowed;
    private final int width;

    public Terminal(Writer out, Writer err, boolean outTerminal, boolean errTerminal,
                    boolean outColor, boolean errColor, int width) {
        this(out instanceof PrintWriter p ? p : new PrintWriter(out), err instanceof PrintWriter p ? p : new PrintWriter(err),
                outTerminal, errTerminal, outColor, errColor, true, width);
    }

    private Terminal(PrintWriter out, PrintWriter err, boolean outTerminal, boolean errTerminal,
                     boolean outColor, boolean errColor, boolean linksAllowed, int width) {
        this.out = out;
        this.err = err;
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
        return new Terminal(
                new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), false),
                new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true),
                outTty, errTty, color.enabled(outTty, env), color.enabled(errTty, env), width);
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

    /** A terminal over string writers, for tests. */
    public static Terminal forTest(Writer out, Writer err, boolean terminal, boolean color, int width) {
        return new Terminal(out, err, terminal, terminal, color, color, width);
    }

    /** The same streams, with colour decided anew for {@code mode}. */
    public Terminal withColor(ColorMode mode, Map<String, String> env) {
        return new Terminal(out, err, outTerminal, errTerminal,
                mode.enabled(outTerminal, env), mode.enabled(errTerminal, env), linksAllowed, width);
    }

    /** The same streams, with hyperlinks on stdout allowed or not ({@code --no-hyperlinks}, {@link Hyperlink#allowed}). */
    public Terminal withLinks(boolean allowed) {
        return new Terminal(out, err, outTerminal, errTerminal, outColor, errColor, allowed, width);
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
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
        out.flush();
        err.flush();
    }
}
