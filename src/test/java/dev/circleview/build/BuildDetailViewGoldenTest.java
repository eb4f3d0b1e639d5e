package dev.circleview.build;

import dev.circleview.testing.Fixtures;
import dev.circleview.testing.Rendered;

import dev.circleview.api.model.Build;
import dev.circleview.api.model.BuildDetail;
import dev.circleview.api.model.Json;
import dev.circleview.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code circle-view build} as rendered from recorded-style answers (src/test/resources/api/build-*.json),
 * compared with reviewed golden files: a parallel build with a failing container, a running build,
 * a queued build without steps, and one whose every string is hostile.
 */
class BuildDetailViewGoldenTest {
    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private final BuildDetailView view = new BuildDetailView(NOW, () -> ZoneOffset.UTC);

    @ParameterizedTest
    @ValueSource(strings = {"build-4810-parallel", "build-4811-running", "build-4812-queued", "build-4813-hostile"})
    void terminalWithoutColour(String name) {
        List<String> lines = view.terminal(Fixtures.buildDetail(name), 100, false, false);
        assertFitsAndIsClean(lines, 100, false);
        Golden.assertMatches(name.replace("build-", "build-detail-"), Golden.text(lines));
    }

    @ParameterizedTest
    @ValueSource(strings = {"build-4810-parallel", "build-4811-running", "build-4812-queued", "build-4813-hostile"})
    void terminalWithColour(String name) {
        List<String> lines = view.terminal(Fixtures.buildDetail(name), 100, true, true);
        assertFitsAndIsClean(lines, 100, true);
        Golden.assertMatches(name.replace("build-", "build-detail-") + "-color", Golden.text(lines));
    }

    @ParameterizedTest
    @ValueSource(strings = {"build-4810-parallel", "build-4811-running", "build-4812-queued", "build-4813-hostile"})
    void piped(String name) {
        List<String> lines = view.piped(Fixtures.buildDetail(name));
        for (String line : lines) {
            assertTrue(line.startsWith("step\t") ? line.split("\t", -1).length == 6 : line.split("\t", -1).length == 2,
                    () -> "fields: " + line);
            Rendered.assertClean(line.replace('\t', ' '), false);
        }
        Golden.assertMatches(name.replace("build-", "build-detail-") + "-piped", Golden.text(lines));
    }

    @Test
    void narrowTerminalCutsNamesAndNotesButNotTheAddress() {
        List<String> lines = view.terminal(Fixtures.buildDetail("build-4810-parallel"), 40, false, false);
        assertFitsAndIsClean(lines.stream().filter(l -> !l.startsWith("URL ")).toList(), 40, false);
        assertTrue(lines.contains("URL       https://circleci.com/gh/acme/svc/4810"), lines::toString);
        Golden.assertMatches("build-detail-4810-parallel-40", Golden.text(lines));
    }

    @Test
    void colourChangesNothingButTheStylingAndTheLink() {
        for (String name : List.of("build-4810-parallel", "build-4811-running", "build-4812-queued", "build-4813-hostile")) {
            List<String> plain = view.terminal(Fixtures.buildDetail(name), 100, false, false);
            List<String> coloured = view.terminal(Fixtures.buildDetail(name), 100, true, true);
            assertEquals(plain, coloured.stream().map(BuildDetailViewGoldenTest::strip).toList(), name);
        }
    }

    @Test
    void theAddressIsAHyperlinkOnlyWithColourAndOnlyWhenItIsAPlainHttpAddress() {
        String link = "\u001b]8;;https://circleci.com/gh/acme/svc/4810\u001b\\https://circleci.com/gh/acme/svc/4810\u001b]8;;\u001b\\";
        List<String> coloured = view.terminal(Fixtures.buildDetail("build-4810-parallel"), 100, true, true);
        assertTrue(coloured.contains("\u001b[2mURL\u001b[0m       " + link), coloured::toString);
        assertFalse(String.join("\n", view.terminal(Fixtures.buildDetail("build-4810-parallel"), 100, false, false)).contains("\u001b"));
        // an address with an escape sequence in it is cleaned first: the link is to what is shown
        List<String> hostile = view.terminal(Fixtures.buildDetail("build-4813-hostile"), 100, true, true);
        String clean = "https://circleci.com/gh/acme/svc/4813";
        assertTrue(hostile.contains("\u001b[2mURL\u001b[0m       \u001b]8;;" + clean + "\u001b\\" + clean + "\u001b]8;;\u001b\\"),
                hostile::toString);
        assertFalse(String.join("\n", hostile).contains("evil.example"), hostile::toString);
        // and an address that is not plain http(s) is not linked at all
        assertEquals("text", dev.circleview.term.Hyperlink.apply("javascript:alert(1)", "text", true));
    }

    @Test
    void aBuildThatWillNotRunHasNoStepsRatherThanNoStepsYet() {
        BuildDetail queued = Fixtures.buildDetail("build-4812-queued");
        BuildDetail notRun = new BuildDetail(new Build(1, "not_run", "not_run", null, "s", null, null, null, "main", null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, "ci-skip", null), null);
        assertEquals("No steps yet.", last(view.terminal(queued, 80, false, false)));
        assertEquals("No steps recorded.", last(view.terminal(notRun, 80, false, false)));
        assertTrue(view.piped(notRun).stream().noneMatch(l -> l.startsWith("step\t")));
    }

    private static String last(List<String> lines) {
        return lines.get(lines.size() - 1);
    }

    private static String strip(String line) {
        return Rendered.SGR.matcher(Rendered.OSC8.matcher(line).replaceAll("")).replaceAll("");
    }

    /** Within {@code width}, no trailing spaces, and no escape codes but our styling and links (with colour). */
    private static void assertFitsAndIsClean(List<String> lines, int width, boolean color) {
        Rendered.assertFitsAndIsClean(lines.stream().map(l -> color ? Rendered.OSC8.matcher(l).replaceAll("") : l).toList(),
                width, color);
    }

    /**
     * Real data: a build canceled (or failed) while a step ran keeps that step "running", with a start
     * time and no end; it never finished, and is not timed up to now (years, in a build from the past).
     */
    @Test
    void aStepStillRunningInAFinishedBuildNeverFinished() throws Exception {
        BuildDetail canceled = Json.mapper().readValue("""
                {"build_num": 77, "status": "canceled", "lifecycle": "finished", "outcome": "canceled",
                 "start_time": "2020-01-06T10:00:00.000Z", "stop_time": "2020-01-06T10:03:00.000Z",
                 "steps": [{"name": "Spin up environment", "actions": [{"index": 0, "status": "success",
                            "start_time": "2020-01-06T10:00:00.000Z", "end_time": "2020-01-06T10:00:20.000Z", "run_time_millis": 20000}]},
                           {"name": "Run tests", "actions": [{"index": 0, "status": "running",
                            "start_time": "2020-01-06T10:00:21.000Z", "end_time": null, "run_time_millis": null}]}]}""",
                BuildDetail.class);

        List<String> lines = view.terminal(canceled, 80, false, false);

        String step = lines.stream().filter(l -> l.contains("Run tests")).findFirst().orElseThrow();
        assertTrue(step.contains("not finished") && !step.matches(".*\\d+h.*"), step);
        assertTrue(lines.stream().noneMatch(l -> l.contains("so far")), lines::toString);
    }

    @Test
    void aFinishedBuildWithoutStepsSaysNoneWereRecorded() throws Exception {
        BuildDetail failed = Json.mapper().readValue("{\"build_num\": 78, \"status\": \"failed\", \"lifecycle\": \"finished\", "
                + "\"steps\": []}", BuildDetail.class);

        assertEquals("No steps recorded.", last(view.terminal(failed, 80, false, false)));
    }
}
