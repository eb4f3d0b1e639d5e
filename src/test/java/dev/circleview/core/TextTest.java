package dev.circleview.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextTest {

    @Test
    void plainTextIsKept() {
        assertEquals("github/acme/svc", Text.quoteForMessage("github/acme/svc"));
        assertEquals("", Text.quoteForMessage(""));
        assertEquals("café ✓ 日本", Text.quoteForMessage("café ✓ 日本"));
    }

    @Test
    void commonControlsGetShortEscapes() {
        assertEquals("a\\nb\\rc\\td", Text.quoteForMessage("a\nb\rc\td"));
    }

    @Test
    void otherControlsGetUnicodeEscapes() {
        assertEquals("\\u001b[31mred\\u001b[0m", Text.quoteForMessage("\u001b[31mred\u001b[0m"));
        assertEquals("\\u0000\\u007f\\u0085\\u009b", Text.quoteForMessage("\u0000\u007f\u0085\u009b"));
    }

    @Test
    void bidiOverridesAreEscaped() {
        assertEquals("abc\\u202edef\\u2066\\u200f\\u061c", Text.quoteForMessage("abc\u202edef\u2066\u200f\u061c"));
    }

    @Test
    void longTextIsCutAt120CodePoints() {
        String value = "a".repeat(119) + "bcd";

        assertEquals("a".repeat(119) + "b…", Text.quoteForMessage(value));
    }

    @Test
    void exactly120CodePointsIsNotCut() {
        String value = "a".repeat(120);

        assertEquals(value, Text.quoteForMessage(value));
    }

    @Test
    void theCutCountsCodePointsNotChars() {
        String emoji = "\uD83D\uDE00"; // one code point, two chars
        String value = emoji.repeat(120);

        assertEquals(value, Text.quoteForMessage(value));
        assertEquals(value + "…", Text.quoteForMessage(value + "x"));
    }

    @Test
    void pathsAreEscapedButNeverCut() {
        Path path = Path.of("/home/me/src/" + "d".repeat(200), "evil\u001b]0;title\u0007\n", "catalog-info.yaml");

        assertEquals("/home/me/src/" + "d".repeat(200) + "/evil\\u001b]0;title\\u0007\\n/catalog-info.yaml", Text.path(path));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x07, 0x0a, 0x1b, 0x1f, 0x7f, 0x80, 0x9b, 0x9f, 0x200e, 0x200f, 0x061c,
            0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069})
    void unsafeCodePoints(int cp) {
        assertTrue(Text.isUnsafe(cp), () -> Integer.toHexString(cp));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x20, 'a', '~', 0xa0, 0xe9, 0x2065, 0x206a, 0x200d, 0x1f600})
    void safeCodePoints(int cp) {
        assertFalse(Text.isUnsafe(cp), () -> Integer.toHexString(cp));
    }
}
