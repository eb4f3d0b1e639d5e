package dev.circleview.core;

import java.util.List;

/**
 * An error the user can act on: one line of message, an optional hint, and the exit code.
 * The message must never contain the API token; callers build it from values they control.
 */
public class CircleViewException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;
    private final String hint;

    public CircleViewException(ExitCode exitCode, String message, String hint) {
        this(exitCode, message, hint, null);
    }

    public CircleViewException(ExitCode exitCode, String message, String hint, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.hint = hint;
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    /** What to do about it, or null. */
    public String hint() {
        return hint;
    }

    /**
     * The whole message when one line is not enough (the empty state of a catalog file without the
     * annotation), styled when {@code color}; null for the usual one line of message and hint.
     */
    public List<String> lines(boolean color) {
        return null;
    }
}
