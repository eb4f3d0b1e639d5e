package dev.circleview.term;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Sanitizer#text}: multi-line text such as step logs. */
class SanitizerTextTest {
    private static final String RED = "\u001b[31m";
    private static final String RESET = "\u001b[0m";

    @Test
    void newlinesAndTabsStay() {
        assertEquals("a\tb\nc\n", Sanitizer.text("a\tb\nc\n", false));
    }

    @Test
    void colourStaysOnlyWhenColourIsOn() {
        String log = RED + "FAIL" + RESET + " test\n";
        assertEquals(RED + "FAIL" + RESET + " test\n" + RESET, Sanitizer.text(log, true));
        assertEquals("FAIL test\n", Sanitizer.text(log, false));
    }

    @Test
    void extendedColourParametersCountAsColour() {
        assertEquals("\u001b[38;5;196mx" + RESET, Sanitizer.text("\u001b[38;5;196mx", true));
        assertEquals("\u001b[38:2:1:2:3mx" + RESET, Sanitizer.text("\u001b[38:2:1:2:3mx", true));
    }

    @Test
    void otherSequencesGoEvenWithColourOn() {
        String log = "\u001b]0;owned title\u0007before\u001b[2J\u001b[Hafter\u001b[?25l"
                + "\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\\n";
        assertEquals("beforeafterlink\n", Sanitizer.text(log, true));
        assertEquals("beforeafterlink\n", Sanitizer.text(log, false));
    }

    @Test
    void theEightBitCsiIsNeverColour() {
        assertEquals("x", Sanitizer.text("\u009b31mx", true));
    }

    @Test
    void aProgressLineKeepsItsFinalState() {
        assertEquals("Downloading 100%\ndone\n", Sanitizer.text("Downloading 10%\rDownloading 55%\rDownloading 100%\ndone\n", false));
    }

    @Test
    void windowsLineEndsAreNewlines() {
        assertEquals("a\nb\n", Sanitizer.text("a\r\nb\r\n", false));
    }

    @Test
    void bellBackspaceDelAndBidiOverridesGo() {
        assertEquals("abcd", Sanitizer.text("a\u0007b\bc\u007f\u202ed\u2066", false));
    }

    @Test
    void nullAndEmptyAreEmpty() {
        assertEquals("", Sanitizer.text(null, true));
        assertEquals("", Sanitizer.text("", true));
    }
}
