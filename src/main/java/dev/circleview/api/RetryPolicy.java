package dev.circleview.api;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try an idempotent request again: exponential backoff with full jitter, or what the
 * server's {@code Retry-After} asks for, capped.
 */
final class RetryPolicy {
    static final Duration BASE_DELAY = Duration.ofMillis(500);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private final int retries;
    private final Sleeper sleeper;

    RetryPolicy(int retries, Sleeper sleeper) {
        this.retries = Math.max(0, retries);
        this.sleeper = sleeper;
    }

    int retries() {
        return retries;
    }

    void sleep(Duration d) throws InterruptedException {
        sleeper.sleep(d);
    }

    /**
     * The wait before attempt {@code failedAttempt + 1}: the server's Retry-After when it gave one
     * (null when that is longer than {@link #MAX_RETRY_AFTER}: not worth waiting for), else
     * backoff {@code base * 2^(n-1)}, capped, with full jitter (half fixed, half random).
     */
    Duration delay(int failedAttempt, Duration retryAfter) {
        if (retryAfter != null) {
            return retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? null : retryAfter;
        }
        long ceiling = Math.min(MAX_BACKOFF.toMillis(), BASE_DELAY.toMillis() << Math.min(10, failedAttempt - 1));
        long half = ceiling / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    /** {@code Retry-After} as delta-seconds or an HTTP date; null when absent or unreadable. */
    static Duration parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? null : Duration.ofSeconds(Math.min(seconds, 86_400));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(when.getZone()), when);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
