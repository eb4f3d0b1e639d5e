package dev.circleview.cli;

import dev.circleview.core.ExitCode;
import dev.circleview.core.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "1,           1",
            "41,          41",
            "#123,        123",
            "007,         7",
            "2147483647,  2147483647",
            "#2147483647, 2147483647",
    })
    void acceptsPositiveWholeNumbers(String text, int expected) {
        assertEquals(expected, BuildNumbers.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {
            "0", "000", "#0", "-1", "+1", "-0",
            "2147483648", "9999999999", "99999999999999999999999", "000000000000000000001",
            "abc", "12a", "0x1f", "1e3", "1.0", "1,000", "1_000",
            "#", "##1", "1#", "# 1",
            " 1", "1 ", "1 2", "\t1", "1\n", "\u00a01",
            "1/2", "../1", "..", "1/..", "%2F", "1%2F2", "%31", "1?x=1", "1#frag",
            "1\u0000", "\u001b[31m1", "1\u202e", "\u0661\u0662", "\uff11\uff12",
    })
    void rejectsEverythingElseAsAUsageError(String text) {
        UsageException e = assertThrows(UsageException.class, () -> BuildNumbers.parse(text));

        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().startsWith("invalid build number \""), e.getMessage());
        assertTrue(e.hint() != null && !e.hint().isEmpty());
    }

    @Test
    void theMessageQuotesTheArgumentSafely() {
        UsageException e = assertThrows(UsageException.class, () -> BuildNumbers.parse("4\u001b[2J2\n"));

        assertEquals("invalid build number \"4\\u001b[2J2\\n\": only the digits 0-9 may be used", e.getMessage());
        assertFalse(e.getMessage().contains("\u001b"));
    }

    @Test
    void saysWhyANumberIsRefused() {
        assertTrue(assertThrows(UsageException.class, () -> BuildNumbers.parse("0")).getMessage().endsWith("build numbers start at 1"));
        assertTrue(assertThrows(UsageException.class, () -> BuildNumbers.parse("2147483648")).getMessage().endsWith("it is too large"));
        assertTrue(assertThrows(UsageException.class, () -> BuildNumbers.parse("#")).getMessage().endsWith("it has no digits"));
    }
}
