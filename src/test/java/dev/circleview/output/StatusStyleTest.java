package dev.circleview.output;

import dev.circleview.api.model.BuildStatus;
import dev.circleview.term.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class StatusStyleTest {

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({
            "success, ✓, 32",
            "fixed, ✓, 32",
            "failed, ✗, 31",
            "timedout, ✗, 31",
            "infrastructure_fail, ✗, 31",
            "running, ●, 34",
            "queued, ○, 33",
            "scheduled, ○, 33",
            "not_running, ○, 33",
            "canceled, -, 90",
            "not_run, -, 90",
            "retried, -, 90",
            "no_tests, -, 90",
    })
    void knownStatuses(String status, String symbol, String sgr) {
        assertEquals(symbol + " " + status, StatusStyle.plainCell(status));
        assertEquals("\u001b[" + sgr + "m" + symbol + " " + status + "\u001b[0m",
                StatusStyle.paint(status, StatusStyle.plainCell(status), true));
        assertEquals(symbol + " " + status, StatusStyle.paint(status, StatusStyle.plainCell(status), false));
        assertEquals(status, StatusStyle.word(status));
    }

    @Test
    void everyKnownStatusHasASymbolAndAColour() {
        for (BuildStatus s : BuildStatus.values()) {
            if (s != BuildStatus.UNKNOWN) {
                assertNotNull(StatusStyle.style(s.category()), s::word);
                assertEquals(false, StatusStyle.symbol(s.category()).equals("?"), s::word);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(BuildStatus.Category.class)
    void categories(BuildStatus.Category category) {
        String expected = switch (category) {
            case SUCCEEDED -> "✓ GREEN";
            case FAILED -> "✗ RED";
            case RUNNING -> "● BLUE";
            case WAITING -> "○ YELLOW";
            case STOPPED -> "- GREY";
            case UNKNOWN -> "? null";
        };
        Style style = StatusStyle.style(category);
        assertEquals(expected, StatusStyle.symbol(category) + " " + style);
    }

    @Test
    void unknownStatusIsShownRawAndUncoloured() {
        assertEquals("? on_hold", StatusStyle.plainCell("on_hold"));
        assertEquals("? on_hold", StatusStyle.paint("on_hold", "? on_hold", true));
        assertEquals("on_hold", StatusStyle.word("on_hold"));
        assertEquals("? SUCCESS", StatusStyle.plainCell("SUCCESS"));
        assertNull(StatusStyle.style(BuildStatus.of("on_hold").category()));
    }

    @Test
    void missingStatus() {
        assertEquals("? ", StatusStyle.plainCell(null));
        assertEquals("", StatusStyle.word(null));
        assertEquals("x", StatusStyle.paint(null, "x", true));
    }

    @Test
    void rawStatusIsSanitised() {
        assertEquals("failed", StatusStyle.word("fail\u001b[31med\u0007"));
        assertEquals("? on hold", StatusStyle.plainCell("on\nhold\u202e"));
    }
}
