package dev.circleview.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimeFormatTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2026-11-28T12:00:00Z, just now",
            "2026-11-28T11:59:59.001Z, just now",
            "2026-11-28T12:05:00Z, just now",
            "2027-01-01T00:00:00Z, just now",
            "2026-11-28T11:59:59Z, 1s ago",
            "2026-11-28T11:59:18Z, 42s ago",
            "2026-11-28T11:59:00.500Z, 59s ago",
            "2026-11-28T11:59:00Z, 1m ago",
            "2026-11-28T11:57:00Z, 3m ago",
            "2026-11-28T11:00:01Z, 59m ago",
            "2026-11-28T11:00:00Z, 1h ago",
            "2026-11-28T07:00:00Z, 5h ago",
            "2026-11-27T12:00:01Z, 23h ago",
            "2026-11-27T12:00:00Z, 1d ago",
            "2026-11-26T12:00:00Z, 2d ago",
            "2026-10-29T12:00:01Z, 29d ago",
            "2026-10-29T12:00:00Z, 2026-10-29",
            "2025-01-02T03:04:05Z, 2025-01-02",
    })
    void relative(String then, String expected) {
        assertEquals(expected, TimeFormat.relative(Instant.parse(then), NOW, () -> ZoneOffset.UTC));
    }

    @Test
    void relativeOfNothingIsEmpty() {
        assertEquals("", TimeFormat.relative(null, NOW, () -> ZoneOffset.UTC));
    }

    @Test
    void oldDatesAreShownInTheGivenZone() {
        Instant lateEvening = Instant.parse("2026-10-01T23:30:00Z");
        assertEquals("2026-10-01", TimeFormat.relative(lateEvening, NOW, () -> ZoneOffset.UTC));
        assertEquals("2026-10-02", TimeFormat.relative(lateEvening, NOW, () -> ZoneId.of("Asia/Tokyo")));
        assertEquals("2026-10-01", TimeFormat.relative(lateEvening, NOW, () -> ZoneId.of("America/New_York")));
    }

    @Test
    void datesBeforeTheFirstDayOfTheZoneAreShownInUtc() {
        // the API's "start_time" can be anything ISO-8601 holds; these have no date in the zone
        Instant first = OffsetDateTime.parse("-999999999-01-01T00:00:00+18:00").toInstant();
        assertEquals("-1000000000-12-31", TimeFormat.relative(first, NOW, () -> ZoneOffset.UTC));
        assertEquals("-1000000000-01-01", TimeFormat.relative(Instant.MIN, NOW, () -> ZoneId.of("Asia/Tokyo")));
        assertEquals("-999999999-01-01",
                TimeFormat.relative(Instant.parse("-999999999-01-01T00:00:00Z"), NOW, () -> ZoneId.of("America/New_York")));
    }

    @Test
    void yearsBeforeYearOneAreNotShownAsYearsOfOurEra() {
        assertEquals("0000-06-01", TimeFormat.relative(Instant.parse("0000-06-01T12:00:00Z"), NOW, () -> ZoneOffset.UTC));
        assertEquals("-0044-03-15", TimeFormat.relative(Instant.parse("-0044-03-15T12:00:00Z"), NOW, () -> ZoneOffset.UTC));
    }

    @ParameterizedTest(name = "{0} ms -> {1}")
    @CsvSource({
            "0, 0s",
            "999, 0s",
            "1000, 1s",
            "45000, 45s",
            "59999, 59s",
            "60000, 1m 00s",
            "61000, 1m 01s",
            "135000, 2m 15s",
            "3599000, 59m 59s",
            "3600000, 1h 00m",
            "3720000, 1h 02m",
            "3659000, 1h 00m",
            "36000000, 10h 00m",
            "360000000, 100h 00m",
            "-5000, 0s",
    })
    void duration(long millis, String expected) {
        assertEquals(expected, TimeFormat.duration(Duration.ofMillis(millis)));
    }

    @Test
    void durationOfNothingIsEmpty() {
        assertEquals("", TimeFormat.duration(null));
    }

    @Test
    void digitsDoNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            for (String tag : new String[] {"th-TH-u-nu-thai", "ar-EG", "hi-IN-u-nu-deva", "fa-IR"}) {
                Locale locale = Locale.forLanguageTag(tag);
                Locale.setDefault(locale);
                assertEquals("1h 02m", TimeFormat.duration(Duration.ofMinutes(62)), tag);
                assertEquals("2m 15s", TimeFormat.duration(Duration.ofSeconds(135)), tag);
                assertEquals("2026-10-02", TimeFormat.relative(Instant.parse("2026-10-02T10:00:00Z"), NOW, () -> ZoneOffset.UTC), tag);
                assertEquals("135", TimeFormat.seconds(Duration.ofSeconds(135)), tag);
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2026-11-28T10:15:30Z, 2026-11-28T10:15:30Z",
            "2026-11-28T10:15:30.999Z, 2026-11-28T10:15:30Z",
            "2026-11-28T10:15:30.000000001Z, 2026-11-28T10:15:30Z",
            "2026-11-28T00:00:00Z, 2026-11-28T00:00:00Z",
    })
    void iso(String instant, String expected) {
        assertEquals(expected, TimeFormat.iso(Instant.parse(instant)));
    }

    @Test
    void isoIsUtcWhateverTheZoneOfTheInput() {
        Instant fromOffset = java.time.OffsetDateTime.parse("2026-11-28T12:15:30+02:00").toInstant();
        assertEquals("2026-11-28T10:15:30Z", TimeFormat.iso(fromOffset));
        assertEquals("", TimeFormat.iso(null));
    }

    @ParameterizedTest(name = "{0} ms -> {1}")
    @CsvSource({"0, 0", "999, 0", "1000, 1", "95900, 95", "3720000, 3720", "-1000, 0"})
    void seconds(long millis, String expected) {
        assertEquals(expected, TimeFormat.seconds(Duration.ofMillis(millis)));
    }

    @Test
    void secondsOfNothingIsEmpty() {
        assertEquals("", TimeFormat.seconds(null));
    }
}
