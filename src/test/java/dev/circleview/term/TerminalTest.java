package dev.circleview.term;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

import java.io.StringWriter;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerminalTest {

    @ParameterizedTest(name = "COLUMNS=[{0}] -> {1}")
    @CsvSource({
            "132, 132",
            "80, 80",
            "1, 1",
            "5000, 5000",
            "' 100 ', 100",
            "+90, 90",
            "'', 80",
            "'   ', 80",
            "0, 80",
            "-1, 80",
            "-120, 80",
            "abc, 80",
            "12.5, 80",
            "100x, 80",
            "0x50, 80",
            "99999999999, 80",
    })
    void parseColumns(String value, int expected) {
        assertEquals(expected, Terminal.parseColumns(value));
    }

    @ParameterizedTest
    @NullSource
    void parseColumnsWithoutTheVariable(String value) {
        assertEquals(Terminal.DEFAULT_WIDTH, Terminal.parseColumns(value));
    }

    @ParameterizedTest(name = "width {0} -> {1}")
    @CsvSource({
            "-5, 20",
            "0, 20",
            "1, 20",
            "19, 20",
            "20, 20",
            "21, 21",
            "80, 80",
            "999, 999",
            "1000, 1000",
            "1001, 1000",
            "2147483647, 1000",
    })
    void widthIsClamped(int width, int expected) {
        assertEquals(expected, Terminal.forTest(new StringWriter(), new StringWriter(), true, false, width).width());
        assertEquals(expected, new Terminal(new StringWriter(), new StringWriter(), false, false, false, false, width).width());
    }

    @Test
    void forTestWritesToTheGivenWriters() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal term = Terminal.forTest(out, err, true, true, 100);
        term.out().print("data");
        term.err().print("note");
        term.flush();
        assertEquals("data", out.toString());
        assertEquals("note", err.toString());
        assertTrue(term.isOutTerminal());
        assertTrue(term.isErrTerminal());
        assertTrue(term.outColor());
        assertTrue(term.errColor());
        assertEquals(100, term.width());
    }

    @Test
    void forTestPiped() {
        Terminal term = Terminal.forTest(new StringWriter(), new StringWriter(), false, false, 80);
        assertFalse(term.isOutTerminal());
        assertFalse(term.isErrTerminal());
        assertFalse(term.outColor());
        assertFalse(term.errColor());
    }

    @Test
    void streamsAreDescribedSeparately() {
        Terminal term = new Terminal(new StringWriter(), new StringWriter(), false, true, false, true, 80);
        assertFalse(term.isOutTerminal());
        assertTrue(term.isErrTerminal());
        assertFalse(term.outColor());
        assertTrue(term.errColor());
    }

    @Test
    void linksOnlyOnAColourTerminalThatAllowsThem() {
        Terminal colour = Terminal.forTest(new StringWriter(), new StringWriter(), true, true, 80);
        assertTrue(colour.links());
        assertFalse(colour.withLinks(false).links(), "--no-hyperlinks");
        assertTrue(colour.withLinks(false).withLinks(true).links());
        assertFalse(Terminal.forTest(new StringWriter(), new StringWriter(), true, false, 80).links(), "colour off");
        assertFalse(colour.withColor(ColorMode.NEVER, Map.of()).links(), "--color never");
        Terminal piped = new Terminal(new StringWriter(), new StringWriter(), false, true, true, true, 80);
        assertFalse(piped.links(), "never into a pipe, even with colour forced");
        assertFalse(colour.withLinks(false).withColor(ColorMode.ALWAYS, Map.of()).links(), "kept through withColor");
    }

    @Test
    void withColorDecidesAgainPerStreamAndKeepsTheRest() {
        StringWriter out = new StringWriter();
        Terminal piped = new Terminal(out, new StringWriter(), false, true, false, false, 120);

        Terminal auto = piped.withColor(ColorMode.AUTO, Map.of());
        assertFalse(auto.outColor());
        assertTrue(auto.errColor());
        assertSame(piped.out(), auto.out());
        assertSame(piped.err(), auto.err());
        assertEquals(120, auto.width());
        assertFalse(auto.isOutTerminal());
        assertTrue(auto.isErrTerminal());

        Terminal always = piped.withColor(ColorMode.ALWAYS, Map.of("NO_COLOR", "1"));
        assertTrue(always.outColor());
        assertTrue(always.errColor());

        Terminal never = piped.withColor(ColorMode.NEVER, Map.of("CLICOLOR_FORCE", "1"));
        assertFalse(never.outColor());
        assertFalse(never.errColor());

        Terminal noColor = piped.withColor(ColorMode.AUTO, Map.of("NO_COLOR", "1"));
        assertFalse(noColor.outColor());
        assertFalse(noColor.errColor());

        Terminal forced = piped.withColor(ColorMode.AUTO, Map.of("CLICOLOR_FORCE", "1"));
        assertTrue(forced.outColor());
        assertTrue(forced.errColor());
    }
}
