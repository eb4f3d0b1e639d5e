package dev.circleview.term;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class StyleTest {

    @ParameterizedTest(name = "{0} is SGR {1}")
    @CsvSource({"BOLD, 1", "DIM, 2", "RED, 31", "GREEN, 32", "YELLOW, 33", "BLUE, 34", "CYAN, 36", "GREY, 90"})
    void wrapsTextInItsCodeAndAReset(Style style, String sgr) {
        assertEquals("\u001b[" + sgr + "mtext\u001b[0m", style.apply("text", true));
    }

    @Test
    void everyStyleIsCovered() {
        assertEquals(8, Style.values().length);
    }

    @Test
    void noColourLeavesTextAlone() {
        String text = "text";
        for (Style style : Style.values()) {
            assertSame(text, style.apply(text, false));
        }
    }

    @Test
    void emptyTextGetsNoCodes() {
        for (Style style : Style.values()) {
            assertEquals("", style.apply("", true));
        }
    }
}
