package dev.circleview.api.model;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Lenient parsing of the API's ISO-8601 times: with or without millis, {@code Z} or an offset. */
public final class Timestamps {
    private Timestamps() {
    }

    /** The instant, or null when the text is null, empty or not a time. */
    public static Instant parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /**
     * How long something ran: {@code millis} when given and not negative, else {@code stop - start}
     * when both are known and not negative (clocks do skew); null otherwise (not finished).
     */
    public static Duration duration(Long millis, Instant start, Instant stop) {
        if (millis != null && millis >= 0) {
            return Duration.ofMillis(millis);
        }
        if (start != null && stop != null && !stop.isBefore(start)) {
            return Duration.between(start, stop);
        }
        return null;
    }
}
