package dev.circleview.core;

/**
 * An error the user can act on: one line of message, an optional hint, and the exit code.
 * The message must never contain the API token; callers build it from values they control.
 */
public class CircleViewException extends RuntimeException {
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
}
