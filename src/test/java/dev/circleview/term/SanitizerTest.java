package dev.circleview.term;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class SanitizerTest {
    private static final String ESC = "\u001b";
    private static final String ST = ESC + "\\";

    @Test
    void nullAndEmptyBecomeEmpty() {
        assertEquals("", Sanitizer.cell(null));
        assertEquals("", Sanitizer.cell(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fix the build", "feature/login-page_2", "修复登录 🚀 ✅", "café", "e\u0301", "👨\u200d👩\u200d👧",
            "a\u200cb", "¡Olé! «quoted» ½ £ ÿ", "\u00a0non-breaking"})
    void plainTextIsReturnedAsItIs(String s) {
        assertSame(s, Sanitizer.cell(s));
    }

    static Stream<Arguments> sequences() {
        return Stream.of(
                // CSI, 7-bit
                arguments("SGR colour", "a" + ESC + "[31mred" + ESC + "[0mb", "aredb"),
                arguments("SGR with several parameters", "a" + ESC + "[1;38;5;196mb", "ab"),
                arguments("SGR without parameters", "a" + ESC + "[mb", "ab"),
                arguments("clear screen", "a" + ESC + "[2Jb", "ab"),
                arguments("cursor home", ESC + "[Hx", "x"),
                arguments("private mode (hide cursor)", "a" + ESC + "[?25lb", "ab"),
                arguments("cursor style, with an intermediate byte", "a" + ESC + "[2 qb", "ab"),
                arguments("window title report request", "a" + ESC + "[21tb", "ab"),
                // CSI, 8-bit
                arguments("8-bit CSI colour", "a\u009b31mred\u009b0mb", "aredb"),
                arguments("8-bit CSI clear screen", "a\u009b2Jb", "ab"),
                // OSC
                arguments("OSC title ended by BEL", "a" + ESC + "]0;pwned\u0007b", "ab"),
                arguments("OSC title ended by ST", "a" + ESC + "]2;pwned" + ST + "b", "ab"),
                arguments("OSC 8 hyperlink keeps its text", "see " + ESC + "]8;;https://evil.example/" + ST + "docs"
                        + ESC + "]8;;" + ST + " now", "see docs now"),
                arguments("OSC 8 hyperlink with BEL", ESC + "]8;;http://x\u0007link" + ESC + "]8;;\u0007", "link"),
                arguments("OSC 52 clipboard write", "a" + ESC + "]52;c;cm0gLXJmIH4=\u0007b", "ab"),
                arguments("8-bit OSC ended by 8-bit ST", "a\u009d0;pwned\u009cb", "ab"),
                arguments("8-bit OSC ended by BEL", "a\u009d8;;http://x\u0007link\u009d8;;\u0007", "alink"),
                arguments("OSC ended by 8-bit ST", "a" + ESC + "]0;t\u009cb", "ab"),
                // DCS, SOS, PM, APC
                arguments("DCS", "a" + ESC + "P1$r0m" + ST + "b", "ab"),
                arguments("8-bit DCS", "a\u0090q#0;2;0;0;0\u009cb", "ab"),
                arguments("BEL does not end a DCS", "a" + ESC + "Px\u0007y" + ST + "b", "ab"),
                arguments("SOS", "a" + ESC + "Xhidden" + ST + "b", "ab"),
                arguments("8-bit SOS", "a\u0098hidden\u009cb", "ab"),
                arguments("PM", "a" + ESC + "^hidden" + ST + "b", "ab"),
                arguments("8-bit PM", "a\u009ehidden\u009cb", "ab"),
                arguments("APC", "a" + ESC + "_Gf=100;AAAA" + ST + "b", "ab"),
                arguments("8-bit APC", "a\u009fhidden\u009cb", "ab"),
                // two-character ESC sequences
                arguments("full reset", "a" + ESC + "cb", "ab"),
                arguments("save and restore cursor", "a" + ESC + "7b" + ESC + "8c", "abc"),
                arguments("keypad mode", "a" + ESC + "=b" + ESC + ">c", "abc"),
                arguments("reverse index", "a" + ESC + "Mb", "ab"),
                arguments("character set, with an intermediate byte", "a" + ESC + "(0b" + ESC + "(Bc", "abc"),
                arguments("screen alignment test", "a" + ESC + "#8b", "ab"),
                arguments("lone ST", "a" + ST + "b", "ab"),
                // a string sequence cut short by the next escape sequence
                arguments("OSC cut by a CSI", "a" + ESC + "]0;t" + ESC + "[31mb", "ab"),
                arguments("ESC ESC", "a" + ESC + ESC + "[31mb", "ab"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sequences")
    void removesEscapeSequencesWhole(String name, String input, String expected) {
        assertEquals(expected, Sanitizer.cell(input));
    }

    static Stream<Arguments> unterminated() {
        return Stream.of(
                arguments("ESC at the end", "abc" + ESC, "abc"),
                arguments("CSI introducer at the end", "abc" + ESC + "[", "abc"),
                arguments("CSI without its final byte", "abc" + ESC + "[31;1", "abc"),
                arguments("8-bit CSI at the end", "abc\u009b", "abc"),
                arguments("8-bit CSI without its final byte", "abc\u009b31", "abc"),
                arguments("OSC eats the rest", "abc" + ESC + "]8;;https://evil.example/ click here", "abc"),
                arguments("8-bit OSC eats the rest", "abc\u009d0;title and more", "abc"),
                arguments("DCS eats the rest", "abc" + ESC + "Pqsixel data", "abc"),
                arguments("APC eats the rest", "abc" + ESC + "_payload", "abc"),
                arguments("ESC with an intermediate only", "abc" + ESC + "(", "abc"),
                arguments("CSI cut by a character that cannot be in it", "a" + ESC + "[31é", "aé"),
                arguments("ESC before a letter outside the final range", "a" + ESC + "éb", "aéb"),
                arguments("ESC before an emoji", "a" + ESC + "🚀", "a🚀"),
                arguments("ESC before a newline", "a" + ESC + "\nb", "a b"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unterminated")
    void unterminatedSequencesNeverLeakTheirIntroducer(String name, String input, String expected) {
        assertEquals(expected, Sanitizer.cell(input));
    }

    @Test
    void tabsNewlinesAndCarriageReturnsBecomeSpaces() {
        assertEquals("a b c  d e", Sanitizer.cell("a\tb\nc\r\nd\re"));
    }

    @Test
    void carriageReturnCannotOverwriteWhatCameBefore() {
        assertEquals("safe text evil", Sanitizer.cell("safe text\revil"));
    }

    @Test
    void dropsOtherC0Controls() {
        StringBuilder sb = new StringBuilder("a");
        for (char c = 0; c < 0x20; c++) {
            if (c != '\t' && c != '\n' && c != '\r' && c != 0x1b) {
                sb.append(c);
            }
        }
        assertEquals("ab", Sanitizer.cell(sb.append('b').toString()));
    }

    @Test
    void dropsDel() {
        assertEquals("ab", Sanitizer.cell("a\u007fb"));
    }

    @Test
    void dropsC1ControlsThatStartNoSequence() {
        StringBuilder sb = new StringBuilder("a");
        for (char c = 0x80; c <= 0x9f; c++) {
            if (c != 0x90 && c != 0x98 && c != 0x9b && c != 0x9d && c != 0x9e && c != 0x9f) {
                sb.append(c);
            }
        }
        assertEquals("ab", Sanitizer.cell(sb.append('b').toString()));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c})
    void dropsBidiControls(int cp) {
        assertEquals("ab", Sanitizer.cell("a" + Character.toString(cp) + "b"));
    }

    @Test
    void bidiOverrideCannotReverseWhatIsShown() {
        // "fix" + RLO + "txt.exe" would read as "fixexe.txt"
        assertEquals("fixtxt.exe", Sanitizer.cell("fix\u202etxt.exe"));
        assertEquals("access level: user admin", Sanitizer.cell("access level: \u2067user\u2069 \u2066admin\u2069"));
    }

    @Test
    void keepsWhatSurroundsAControl() {
        assertEquals("😀x", Sanitizer.cell("\u0007😀x"));
        assertEquals("日本", Sanitizer.cell("日\u0000本"));
    }

    @Test
    void mixed() {
        String hostile = "Deploy " + ESC + "[31mRED" + ESC + "[0m now\rOverwritten\u0007 see "
                + ESC + "]8;;https://evil.example/" + ESC + "\\docs" + ESC + "]8;;" + ESC + "\\ done\u202e"
                + "\u009b2J\tend\u007f" + ESC + "c";
        assertEquals("Deploy RED now Overwritten see docs done end", Sanitizer.cell(hostile));
    }

    @Test
    void resultIsAlwaysOneSafeLine() {
        StringBuilder all = new StringBuilder();
        for (int cp = 0; cp < 0x3000; cp++) {
            all.appendCodePoint(cp);
        }
        String out = Sanitizer.cell(all.toString());
        out.codePoints().forEach(cp -> {
            boolean unsafe = cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e)
                    || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200e || cp == 0x200f || cp == 0x061c;
            assertFalse(unsafe, () -> String.format("U+%04X left in", cp));
        });
    }

    @Test
    void skipSequenceReturnsTheIndexJustPastTheSequence() {
        String s = "ab" + ESC + "[31mcd";
        assertEquals(7, Sanitizer.skipSequence(s, 2));
        assertEquals(7, Sanitizer.skipSequence("x" + ESC + "]0;t\u0007", 1));
        assertEquals(3, Sanitizer.skipSequence(ESC + "(B", 0));
        assertEquals(1, Sanitizer.skipSequence(ESC, 0));
    }
}
