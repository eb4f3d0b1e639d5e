package dev.circleview.core;

/** The documented exit codes (see README and docs/reliability.md). */
public enum ExitCode {
    OK(0),
    ERROR(1),
    USAGE(2),
    NOT_CONFIGURED(3),
    AUTH(4),
    NOT_FOUND(5),
    BUILD_FAILED(6),
    BUILD_CANCELED(7),
    BUILD_PENDING(8),
    UNAVAILABLE(9),
    INTERRUPTED(130);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
