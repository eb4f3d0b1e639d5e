package dev.circleview.output;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import java.util.Locale;

/** How times read: relative ("3m ago") and short durations ("2m 15s") on terminals, ISO-8601 UTC in pipes. */
public final class TimeFormat {
    // "uuuu", the proleptic year: "yyyy" is the year of the era, which reads BC years as AD ones
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

    private TimeFormat() {
    }

    /**
     * "just now", "42s ago", "3m ago", "5h ago", "2d ago", then the date in {@code zone}. Null gives "".
     * The zone is asked for only when a date is shown: finding the local zone loads the time-zone
     * database, which a quick status check should not pay for.
     */
    public static String relative(Instant then, Instant now, Supplier<ZoneId> zone) {
        if (then == null) {
            return "";
        }
        long seconds = Duration.between(then, now).getSeconds();
        if (seconds < 1) {
            return "just now";
        }
        if (seconds < 60) {
            return seconds + "s ago";
        }
        if (seconds < 3600) {
            return seconds / 60 + "m ago";
        }
        if (seconds < 86_400) {
            return seconds / 3600 + "h ago";
        }
        if (seconds < 30 * 86_400L) {
            return seconds / 86_400 + "d ago";
        }
        return date(then, zone.get());
    }

    /**
     * {@link #relative}, then the date and time of day in {@code zone} ("2h ago (2026-11-28 10:00:05
     * UTC)"), so that times of the same day can be told apart; the date and time alone where the
     * relative form is already a date. Null gives "".
     */
    public static String stamped(Instant then, Instant now, Supplier<ZoneId> zone) {
        if (then == null) {
            return "";
        }
        String relative = relative(then, now, zone);
        String absolute;
        try {
            ZonedDateTime local = then.atZone(zone.get());
            absolute = DATE_TIME.format(local) + " " + (local.getOffset().getTotalSeconds() == 0 ? "UTC" : OFFSET.format(local));
        } catch (DateTimeException outOfRange) {
            return relative;
        }
        return absolute.startsWith(relative) ? absolute : relative + " (" + absolute + ")";
    }

    /**
     * The calendar date of {@code then} in {@code zone}. A server may send any time the ISO format
     * can hold; at the far ends of the time line, where no date in {@code zone} exists (year
     * -1000000000 and +1000000000), the UTC date is shown instead.
     */
    private static String date(Instant then, ZoneId zone) {
        try {
            return DATE.format(then.atZone(zone));
        } catch (DateTimeException outOfRange) {
            String iso = then.toString();
            return iso.substring(0, iso.indexOf('T'));
        }
    }

    /** "45s", "2m 15s", "1m 05s", "1h 02m"; null gives "". */
    public static String duration(Duration d) {
        if (d == null) {
            return "";
        }
        long s = Math.max(0, d.getSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return s / 60 + "m " + String.format(Locale.ROOT, "%02ds", s % 60);
        }
        // Locale.ROOT: some default locales format %d with other digits (Thai, Arabic-Indic)
        return s / 3600 + "h " + String.format(Locale.ROOT, "%02dm", (s % 3600) / 60);
    }

    /** ISO-8601 UTC to the second ({@code 2026-11-28T10:15:30Z}); null gives "". */
    public static String iso(Instant t) {
        return t == null ? "" : t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Whole seconds; null gives "". */
    public static String seconds(Duration d) {
        return d == null ? "" : Long.toString(Math.max(0, d.getSeconds()));
    }
}
