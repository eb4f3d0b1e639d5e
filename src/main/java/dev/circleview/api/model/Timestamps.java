package dev.circleview.api.model;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
        Instant usual = usual(text);
        return usual != null ? usual : general(text);
    }

    /** What the JDK's parsers read: an ISO-8601 instant, else a date-time with an offset; else null. */
    static Instant general(String text) {
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
     * The form the API writes, {@code 2026-11-28T10:59:00.123Z} (0 to 9 digits of fraction), read
     * directly: {@link Instant#parse}'s general machinery is slow to start, which a table of 1000
     * builds felt (docs/performance.md has the profile). Null for any other form, or an invalid
     * date or time, which the general parsers then take (and judge) as before.
     */
    static Instant usual(String t) {
        int n = t.length();
        if (n < 20 || n > 30 || t.charAt(n - 1) != 'Z' || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T'
                || t.charAt(13) != ':' || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = digits(t, 17, 19);
        int nanos = 0;
        if (n > 20) {
            int digits = n - 21;
            if (t.charAt(19) != '.' || digits < 1 || digits > 9) {
                return null;
            }
            nanos = digits(t, 20, n - 1);
            for (int i = digits; i < 9; i++) {
                nanos *= 10;
            }
        }
        if ((year | month | day | hour | minute | second | nanos) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal number in {@code t[from, to)}, or -1 when a character is not a digit. */
    private static int digits(String t, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * How long something ran: {@code millis} when given and not negative, else {@code stop - start}
     * when both are known and not negative (clocks do skew); null otherwise (not finished). The
     * times are read only when needed.
     */
    public static Duration duration(Long millis, String start, String stop) {
        if (millis != null && millis >= 0) {
            return Duration.ofMillis(millis);
        }
        Instant from = parse(start);
        Instant to = parse(stop);
        if (from != null && to != null && !to.isBefore(from)) {
            return Duration.between(from, to);
        }
        return null;
    }
}
