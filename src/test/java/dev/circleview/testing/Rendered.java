package dev.circleview.testing;

import dev.circleview.term.DisplayWidth;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Checks of rendered lines that every view's tests share: they fit, and carry no escapes but ours. */
public final class Rendered {
    /** Our own styling: with our links, the only escape sequences allowed in output. */
    public static final Pattern SGR = Pattern.compile("\u001b\\[[0-9;]*m");
    /** Our own links (opening and closing), around an address of printable ASCII. */
    public static final Pattern OSC8 = Pattern.compile("\u001b]8;;([\\x21-\\x7e]*)\u001b\\\\");

    private Rendered() {
    }

    /** No line wider than the terminal, no trailing spaces, and no control characters but our SGR codes and links. */
    public static void assertFitsAndIsClean(List<String> lines, int width, boolean color) {
        for (String line : lines) {
            String visible = SGR.matcher(OSC8.matcher(line).replaceAll("")).replaceAll("");
            assertTrue(DisplayWidth.of(visible) <= width,
                    () -> "wider than " + width + " (" + DisplayWidth.of(visible) + "): " + visible);
            assertFalse(visible.endsWith(" "), () -> "trailing space: [" + visible + "]");
            if (!color) {
                assertEquals(visible, line, "no styling without colour");
            }
            assertClean(line, color);
        }
    }

    public static void assertClean(String line, boolean color) {
        String rest = color ? SGR.matcher(OSC8.matcher(line).replaceAll("")).replaceAll("") : line;
        rest.codePoints().forEach(cp -> {
            if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e)
                    || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200e || cp == 0x200f || cp == 0x061c) {
                fail(String.format("raw control character U+%04X in: %s", cp, line.replace("\u001b", "\\e")));
            }
        });
    }
}
