package dev.circleview.core;

/** A bad flag, argument or slug: exit 2. */
public final class UsageException extends CircleViewException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message, String hint) {
        super(ExitCode.USAGE, message, hint);
    }
}
