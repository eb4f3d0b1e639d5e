package dev.circleview.api.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Times read directly in the API's usual form are the instants the JDK's parsers give
 * ({@link Timestamps#general}), and every other text reads as those parsers read it.
 */
class TimestampsTest {
    @Test
    void theUsualFormIsReadDirectlyAndAgreesWithTheJdk() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L), random.nextInt(1_000_000_000));
            String whole = instant.toString().substring(0, 19);
            String fraction = String.format("%09d", instant.getNano()).substring(0, random.nextInt(10));
            String text = whole + (fraction.isEmpty() ? "" : "." + fraction) + "Z";

            Instant usual = Timestamps.usual(text);
            assertNotNull(usual, text);
            assertEquals(Timestamps.general(text), usual, text);
        }
        assertEquals(Instant.parse("2026-11-28T10:59:00.123Z"), Timestamps.parse("2026-11-28T10:59:00.123Z"));
        assertEquals(Instant.parse("2026-11-28T09:59:00Z"), Timestamps.parse("2026-11-28T10:59:00+01:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01T00:00:00Z", "2026-02-29T00:00:00Z", "2024-02-29T23:59:59Z", "2026-04-31T10:00:00Z",
            "2026-11-28T24:00:00Z", "2026-12-31T23:59:60Z", "2026-11-28T10:60:00Z", "2026-11-28t10:59:00Z", "2026-11-28T10:59:00z",
            "2026-11-28T10:59:00+01:00", "2026-11-28T10:59:00.5+05:30", "2026-11-28T10:59Z", "2026-11-28T10:59:00.Z",
            "2026-11-28T10:59:00.1234567890Z", "2026-11-28 10:59:00Z", " 2026-11-28T10:59:00Z", "2026-11-28T10:59:00Z ",
            "+12026-11-28T10:59:00Z", "-2026-11-28T10:59:00Z", "0000-01-01T00:00:00Z", "2026-1a-28T10:59:00Z",
            "2026-11-28T10:59:0\u0661Z", "2026-11-28T10:59:00,5Z", "2026-11-28", "yesterday", "", "Z"})
    void everyOtherTextReadsAsTheJdkReadsIt(String text) {
        assertEquals(text.isEmpty() ? null : Timestamps.general(text), Timestamps.parse(text), text);
    }

    @Test
    void nullIsNoTime() {
        assertNull(Timestamps.parse(null));
    }

    @Test
    void aDurationIsTheMillisWhenGivenElseStopMinusStartWhenBothAreKnownAndInOrder() {
        String start = "2026-11-28T10:00:00Z";
        String stop = "2026-11-28T10:01:30.5Z";

        assertEquals(Duration.ofMillis(1234), Timestamps.duration(1234L, "not a time", null));
        assertEquals(Duration.ofMillis(90_500), Timestamps.duration(null, start, stop));
        assertEquals(Duration.ofMillis(90_500), Timestamps.duration(-1L, start, stop));
        assertNull(Timestamps.duration(null, stop, start), "clocks skewed");
        assertNull(Timestamps.duration(null, start, null), "not finished");
    }
}
