package dev.circleview.core;

/** A bad flag, argument or slug: exit 2. */
public final class UsageException extends CircleViewException {
    public UsageException(String message, String hint) {
        super(ExitCode.USAGE, message, hint);
    }
}
