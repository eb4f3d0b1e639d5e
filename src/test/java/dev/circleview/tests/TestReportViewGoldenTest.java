package dev.circleview.tests;

import dev.circleview.testing.Rendered;

import dev.circleview.api.model.Json;
import dev.circleview.api.model.TestReport;
import dev.circleview.api.model.TestResult;
import dev.circleview.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code circle-view tests} as rendered from src/test/resources/api/tests-4810.json (passes, failures
 * with stack traces, an error without class or file, a skipped test, a result CircleCI may add later,
 * and a failure whose every string is hostile), compared with reviewed golden files.
 */
class TestReportViewGoldenTest {
    static TestReport load() {
        try (InputStream in = TestReportViewGoldenTest.class.getResourceAsStream("/api/tests-4810.json")) {
            return Json.mapper().readValue(in, TestReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 40})
    void failedTestsOnATerminal(int width) {
        List<String> lines = TestReportView.terminal(load(), false, width, false);
        Rendered.assertFitsAndIsClean(lines, width, false);
        Golden.assertMatches("tests-4810-" + width, Golden.text(lines));
    }

    @Test
    void failedTestsWithColour() {
        List<String> lines = TestReportView.terminal(load(), false, 100, true);
        Rendered.assertFitsAndIsClean(lines, 100, true);
        Golden.assertMatches("tests-4810-color", Golden.text(lines));
        assertEquals(TestReportView.terminal(load(), false, 100, false),
                lines.stream().map(l -> Rendered.SGR.matcher(l).replaceAll("")).toList(),
                "colour changes nothing but the styling");
    }

    @Test
    void everyTestOnATerminal() {
        List<String> lines = TestReportView.terminal(load(), true, 100, false);
        Rendered.assertFitsAndIsClean(lines, 100, false);
        Golden.assertMatches("tests-4810-all", Golden.text(lines));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void piped(boolean all) {
        List<String> lines = TestReportView.piped(load(), all);
        for (String line : lines) {
            int fields = line.split("\t", -1).length;
            assertTrue(line.startsWith("test\t") ? fields == 7 : fields == 2, () -> "fields: " + line);
            Rendered.assertClean(line.replace('\t', ' '), false);
        }
        assertEquals(6 + (all ? 8 : 3), lines.size(), lines::toString);
        Golden.assertMatches("tests-4810-piped" + (all ? "-all" : ""), Golden.text(lines));
    }

    @Test
    void totalsCountEachResultAndKeepOtherWordsApart() {
        List<String> lines = TestReportView.piped(load(), false);
        assertEquals(List.of("passed\t3", "failed\t2", "skipped\t1", "errors\t1", "other\t1", "total\t8"), lines.subList(0, 6));
        assertEquals("8 tests: 3 passed, 2 failed, 1 skipped, 1 error, 1 other",
                TestReportView.terminal(load(), false, 100, false).get(0));
    }

    @Test
    void onlyTheFirstFiveLinesOfAMessageAreShown() {
        List<String> lines = TestReportView.terminal(load(), false, 200, false);
        assertTrue(lines.contains("        at org.junit.jupiter.api.AssertEquals.assertEquals(AssertEquals.java:150)"), lines::toString);
        assertTrue(lines.contains("    … 2 more lines"), lines::toString);
        assertFalse(String.join("\n", lines).contains("Method.invoke"), lines::toString);
    }

    @Test
    void withoutFailuresTheTotalsAreFollowedByAPlainLine() {
        TestReport passing = new TestReport(List.of(new TestResult("C", null, "t", "success", 0.5, null, null, null)), null);
        assertEquals(List.of("1 test: 1 passed, 0 failed, 0 skipped, 0 errors", "", "✓ No failed tests."),
                TestReportView.terminal(passing, false, 80, false));
        assertEquals(List.of("passed\t1", "failed\t0", "skipped\t0", "errors\t0", "other\t0", "total\t1"),
                TestReportView.piped(passing, false));
    }

    @Test
    void aTestWithNothingButNullsStillRenders() {
        TestReport empty = new TestReport(List.of(new TestResult(null, null, null, null, null, null, null, null)), null);
        List<String> lines = TestReportView.terminal(empty, true, 80, false);
        assertEquals(List.of("1 test: 0 passed, 0 failed, 0 skipped, 0 errors, 1 other", "", "All tests (1)",
                "? (unnamed test)", "  no result"), lines);
        assertEquals("test\t\t\t\t\t\t", TestReportView.piped(empty, true).get(6));
    }

    @Test
    void runTimes() {
        assertEquals("", TestReportView.runTime(null));
        assertEquals("0s", TestReportView.runTime(0.0));
        assertEquals("0.00s", TestReportView.runTime(0.001));
        assertEquals("1.25s", TestReportView.runTime(1.25));
        assertEquals("12.3s", TestReportView.runTime(12.34));
        assertEquals("1m 14s", TestReportView.runTime(73.5));
        assertEquals("", TestReportView.runTime(-1.0));
        assertEquals("1.25", TestReportView.seconds(1.25));
        assertEquals("0", TestReportView.seconds(0.0));
        assertEquals("2", TestReportView.seconds(2.0));
        assertEquals("0", TestReportView.seconds(-3.0));
        assertEquals("", TestReportView.seconds(null));
    }
}
