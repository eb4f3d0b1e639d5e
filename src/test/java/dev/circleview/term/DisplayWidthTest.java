package dev.circleview.term;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DisplayWidthTest {

    @ParameterizedTest(name = "[{0}] is {1} columns")
    @CsvSource(delimiter = '|', value = {
            "''|0",
            "a|1",
            "hello world|11",
            "~!@#$%^&*()_+|13",
            "café|4",
            "日本語|6",
            "修复登录|8",
            "한국어|6",
            "ひらがな カタカナ|17",
            "ＡＢＣ|6",
            "ｱｲｳ|3",
            "日本 and ASCII|14",
            "🚀|2",
            "✅|2",
            "😀😀|4",
            "⭐|2",
            "🦀|2",
            "✓|1",
            "…|1",
            "𠀋|2"})
    void widthOfText(String s, int columns) {
        assertEquals(columns, DisplayWidth.of(s));
    }

    @Test
    void combiningMarksTakeNoColumn() {
        assertEquals(1, DisplayWidth.of("e\u0301"));
        assertEquals(4, DisplayWidth.of("n\u0303a\u0308i\u0302v\u0323"));
        assertEquals(1, DisplayWidth.of("a\u20dd"));
        assertEquals(0, DisplayWidth.of(0x0301));
        assertEquals(2, DisplayWidth.of("가\u0301"));
    }

    @Test
    void joinersAndSelectorsTakeNoColumn() {
        assertEquals(0, DisplayWidth.of(0x200d));
        assertEquals(0, DisplayWidth.of(0xfe0f));
        assertEquals(0, DisplayWidth.of(0xfe0e));
        assertEquals(0, DisplayWidth.of(0xe0100));
        assertEquals(0, DisplayWidth.of(0x200b));
        assertEquals(0, DisplayWidth.of(0x00ad));
    }

    @Test
    void zwjSequenceCountsEachPictureTheJoinersNothing() {
        // terminals differ here (one glyph of 2, or each person drawn); counting every picture never overflows
        assertEquals(6, DisplayWidth.of("👨\u200d👩\u200d👧"));
        assertEquals(4, DisplayWidth.of("🏳\ufe0f\u200d🌈"));
    }

    @Test
    void decomposedHangulIsOneWideSyllable() {
        // 한 as conjoining jamo: leading consonant, vowel, final consonant
        assertEquals(2, DisplayWidth.of("\u1112\u1161\u11ab"));
        assertEquals(DisplayWidth.of("한국"), DisplayWidth.of("\u1112\u1161\u11ab\u1100\u116e\u11a8"));
    }

    @Test
    void truncateLeavesTextThatFits() {
        String s = "hello";
        assertSame(s, DisplayWidth.truncate(s, 5));
        assertSame(s, DisplayWidth.truncate(s, 6));
        assertEquals("", DisplayWidth.truncate("", 3));
        assertEquals("日本語", DisplayWidth.truncate("日本語", 6));
    }

    @ParameterizedTest(name = "[{0}] in {1} columns is [{2}]")
    @CsvSource(delimiter = '|', value = {
            "hello|4|hel…",
            "hello|2|h…",
            "hello|1|…",
            "hello|0|''",
            "hello|-1|''",
            "日本語|5|日本…",
            "日本語|4|日…",
            "日本語|3|日…",
            "日本語|2|…",
            "日本語|1|…",
            "日本語|0|''",
            "a日本|3|a…",
            "a日本|4|a日…",
            "🚀🚀🚀|5|🚀🚀…",
            "🚀🚀🚀|4|🚀…",
            "😀😀|2|…",
            "e\u0301e\u0301e\u0301|2|e\u0301…",
            "e\u0301e\u0301e\u0301|3|e\u0301e\u0301e\u0301",
            "feature/login|8|feature…"})
    void truncateCutsToTheColumnsWithAnEllipsis(String s, int columns, String expected) {
        String cut = DisplayWidth.truncate(s, columns);
        assertEquals(expected, cut);
        assertTrue(DisplayWidth.of(cut) <= Math.max(0, columns));
    }

    @Test
    void truncateNeverSplitsASurrogatePair() {
        String cut = DisplayWidth.truncate("😀😀😀", 4);
        assertEquals("😀…", cut);
        assertEquals(2, cut.codePointCount(0, cut.length()));
    }

    @Test
    void truncateInsideAZwjSequenceLeavesNoDanglingJoiner() {
        assertEquals("👨…", DisplayWidth.truncate("👨\u200d👩\u200d👧", 3));
        assertEquals("👨…", DisplayWidth.truncate("👨\u200d👩\u200d👧", 4));
        assertEquals("👨\u200d👩…", DisplayWidth.truncate("👨\u200d👩\u200d👧", 5));
    }

    @Test
    void truncateKeepsAVariationSelectorWithItsCharacter() {
        assertEquals("✔\ufe0f…", DisplayWidth.truncate("✔\ufe0f✔\ufe0f✔\ufe0f", 2));
    }

    @Test
    void ownColourAndLinksTakeNoRoom() {
        String link = "\u001b]8;;https://circleci.com/gh/acme/svc/42\u001b\\#42\u001b]8;;\u001b\\";
        assertEquals(3, DisplayWidth.of(link));
        assertEquals(3, DisplayWidth.of("\u001b]8;;https://x/1\u0007#42\u001b]8;;\u0007"), "ended by BEL");
        assertEquals(3, DisplayWidth.of("\u001b[1;31m#42\u001b[0m"));
        assertEquals(7, DisplayWidth.of("\u001b[1m" + link + "\u001b[0m  日"));
        assertEquals(link + "     ", DisplayWidth.padRight(link, 8));
    }

    @Test
    void aSequenceThatIsNotOursIsNotSkipped() {
        // an OSC 8 with a control inside, an unterminated one, and other escapes count as the characters they are
        assertEquals(DisplayWidth.of("\u001b]8;;https://x/\n#1"), "\u001b]8;;https://x/\n#1".length());
        assertEquals(DisplayWidth.of("\u001b]8;;https://x/"), "\u001b]8;;https://x/".length());
        assertEquals(4, DisplayWidth.of("\u001b[2J"));
        assertEquals(0, DisplayWidth.sequenceEnd("\u001b]0;title\u0007", 0));
    }

    @ParameterizedTest(name = "[{0}] padded to {1}")
    @CsvSource(delimiter = '|', value = {
            "ab|4|'ab  '",
            "ab|2|ab",
            "abcdef|3|abcdef",
            "''|3|'   '",
            "日|4|'日  '",
            "日本|3|日本",
            "🚀|3|'🚀 '",
            "e\u0301|3|'e\u0301  '"})
    void padRightFillsToTheColumns(String s, int columns, String expected) {
        assertEquals(expected, DisplayWidth.padRight(s, columns));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            github/acme/payments-gateway | 12 | …nts-gateway | github…teway
            integration-tests-pg-15      | 11 | …ests-pg-15  | integ…pg-15
            日本語のブランチ名           | 7  | …ンチ名      | 日…名
            short                        | 5  | short        | short
            """)
    void startAndMiddleCutsKeepTheEnd(String s, int columns, String start, String middle) {
        assertEquals(start, DisplayWidth.truncateStart(s, columns));
        assertTrue(DisplayWidth.of(start) <= columns, start);
        assertEquals(middle, DisplayWidth.truncateMiddle(s, columns));
        assertTrue(DisplayWidth.of(middle) <= columns, middle);
    }

    @Test
    void startAndMiddleCutsNeverSplitASurrogatePairOrLeaveAJoiner() {
        String family = "👩\u200d👩\u200d👧";
        for (int columns = 1; columns <= 8; columns++) {
            for (String cut : List.of(DisplayWidth.truncateStart("abc" + family + "def", columns),
                    DisplayWidth.truncateMiddle("abc" + family + "def", columns))) {
                assertFalse(cut.startsWith("\u200d") || cut.endsWith("\u200d") || cut.contains("\u200d" + DisplayWidth.ELLIPSIS)
                        || cut.contains(DisplayWidth.ELLIPSIS + "\u200d"), cut);
                assertTrue(cut.codePoints().noneMatch(cp -> Character.isSurrogate((char) cp) && Character.charCount(cp) == 1),
                        "a lone surrogate in " + cut);
                assertTrue(DisplayWidth.of(cut) <= columns, cut);
            }
        }
    }
}
