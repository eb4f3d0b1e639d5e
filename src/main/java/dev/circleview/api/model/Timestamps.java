package dev.circleview.api.model;

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
}
