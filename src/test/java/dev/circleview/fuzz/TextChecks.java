package dev.circleview.fuzz;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * What "safe for a terminal" means in the properties, written out independently of the code under
 * test: no C0 or C1 control, no DEL, no bidirectional override, isolate or mark.
 */
final class TextChecks {
    /** The only escape codes circle-view writes: the SGR codes of {@code term.Style}... */
    private static final Pattern OWN_SGR = Pattern.compile("\u001b\\[(?:0|1|2|31|32|33|34|36|90)m");
    /** ... and the OSC 8 links of {@code term.Hyperlink}, around an address of printable ASCII. */
    private static final Pattern OWN_LINK = Pattern.compile("\u001b]8;;[\\x21-\\x7e]*\u001b\\\\");

    private TextChecks() {
    }

    static boolean isControl(int cp) {
        return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f);
    }

    static boolean isBidiControl(int cp) {
        return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200e || cp == 0x200f || cp == 0x061c;
    }

    static boolean isUnsafe(int cp) {
        return isControl(cp) || isBidiControl(cp);
    }

    /** {@code text} without the SGR sequences circle-view itself emits. */
    static String stripOwnSgr(String text) {
        return OWN_SGR.matcher(text).replaceAll("");
    }

    /** {@code text} without the OSC 8 links circle-view itself emits (their text stays). */
    static String stripOwnLinks(String text) {
        return OWN_LINK.matcher(text).replaceAll("");
    }

    /** Fails, naming the first offending character and where it is, when {@code text} holds an unsafe one not in {@code allowed}. */
    static void assertSafe(String what, String text, String allowed) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isUnsafe(cp) && allowed.indexOf(cp) < 0) {
                fail(String.format("%s has U+%04X at index %d: %s", what, cp, i, visible(text)));
            }
            i += Character.charCount(cp);
        }
    }

    /** An error message or hint: one line, nothing unsafe in it. */
    static void assertOneSafeLine(String what, String text) {
        if (text == null) {
            return;
        }
        assertSafe(what, text, "");
    }

    /** The text with everything unsafe shown as an escape, for failure messages. */
    static String visible(String text) {
        StringBuilder sb = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (isUnsafe(cp)) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.append('"').toString();
    }
}
