package dev.circleview.core;

/** No catalog file, no annotation, or a catalog file that cannot be read: exit 3. */
public final class NotConfiguredException extends CircleViewException {
    private static final long serialVersionUID = 1L;

    public NotConfiguredException(String message, String hint) {
        super(ExitCode.NOT_CONFIGURED, message, hint);
    }

    public NotConfiguredException(String message, String hint, Throwable cause) {
        super(ExitCode.NOT_CONFIGURED, message, hint, cause);
    }
}
