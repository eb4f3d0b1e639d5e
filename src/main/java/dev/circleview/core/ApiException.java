package dev.circleview.core;

/** CircleCI answered with an error, or could not be reached. {@code status} is 0 when there was no answer. */
public final class ApiException extends CircleViewException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public ApiException(ExitCode exitCode, int status, String message, String hint) {
        this(exitCode, status, message, hint, null);
    }

    public ApiException(ExitCode exitCode, int status, String message, String hint, Throwable cause) {
        super(exitCode, message, hint, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
