package dev.circleview.api.model;

import java.util.Locale;

/**
 * The build statuses CircleCI documents. The set is open: a value it adds tomorrow maps to
 * {@link #UNKNOWN}, and callers show the raw word.
 */
public enum BuildStatus {
    SUCCESS(Category.SUCCEEDED),
    FIXED(Category.SUCCEEDED),
    FAILED(Category.FAILED),
    TIMEDOUT(Category.FAILED),
    INFRASTRUCTURE_FAIL(Category.FAILED),
    RUNNING(Category.RUNNING),
    QUEUED(Category.WAITING),
    SCHEDULED(Category.WAITING),
    NOT_RUNNING(Category.WAITING),
    CANCELED(Category.STOPPED),
    NOT_RUN(Category.STOPPED),
    RETRIED(Category.STOPPED),
    NO_TESTS(Category.STOPPED),
    UNKNOWN(Category.UNKNOWN);

    /** How a status reads at a glance; drives its colour and symbol. */
    public enum Category { SUCCEEDED, FAILED, RUNNING, WAITING, STOPPED, UNKNOWN }

    private final Category category;

    BuildStatus(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }

    /** The API's word for this status. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BuildStatus of(String raw) {
        if (raw == null) {
            return UNKNOWN;
        }
        for (BuildStatus s : values()) {
            if (s != UNKNOWN && s.word().equals(raw)) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
