package dev.circleview.tests;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cutting coloured message lines by what shows, never through a colour sequence. */
class VisibleTextTest {
    private static final String RED = "\u001b[31m";
    private static final String RESET = "\u001b[0m";

    @Test
    void plainTextIsCutLikeAnyCell() {
        assertEquals("abcd…", VisibleText.truncate("abcdefgh", 5));
        assertEquals("abc", VisibleText.truncate("abc", 5));
    }

    @Test
    void colourTakesNoRoomAndIsClosed() {
        String line = RED + "abc" + RESET + "def";
        assertEquals(6, VisibleText.width(line));
        assertEquals(line + RESET, VisibleText.truncate(line, 6));
        String cut = VisibleText.truncate(RED + "abcdefgh", 5);
        assertEquals(RED + "abcd" + RESET + "…", cut);
    }

    @Test
    void aSequenceIsNeverCutInHalf() {
        String cut = VisibleText.truncate("ab" + RED + "cdef", 3);
        assertTrue(cut.startsWith("ab" + RED), cut);
        assertFalse(cut.contains("\u001b[3m") || cut.endsWith("\u001b[3"), cut);
    }

    @Test
    void aLinkTakesNoRoomAndIsClosedWhenCut() {
        String open = "\u001b]8;;https://x/42\u001b\\";
        String close = "\u001b]8;;\u001b\\";
        String line = "see " + open + "#42" + close + " now";
        assertEquals(11, VisibleText.width(line));
        assertEquals(line + RESET, VisibleText.truncate(line, 11));
        assertEquals("see " + open + "#4" + close + RESET + "…", VisibleText.truncate(line, 7));
        assertEquals("see " + open + "#42" + close + " " + RESET + "…", VisibleText.truncate(line, 9));
        assertEquals(line, VisibleText.stripTrailing(line + "  "));
    }

    @Test
    void trailingSpacesGoButColourStays() {
        assertEquals("abc", VisibleText.stripTrailing("abc   "));
        assertEquals(RED + "abc" + RESET, VisibleText.stripTrailing(RED + "abc  " + RESET + "  "));
        assertEquals("", VisibleText.stripTrailing("   "));
        assertTrue(VisibleText.isBlank(RED + "  " + RESET));
    }
}
