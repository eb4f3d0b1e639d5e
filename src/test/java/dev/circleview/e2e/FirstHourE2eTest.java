package dev.circleview.e2e;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.core.Version;
import dev.circleview.term.DisplayWidth;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.PROJECT_PATH;
import static dev.circleview.e2e.E2e.SLUG;
import static dev.circleview.e2e.E2e.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small things a new user meets: the version from any command, the hint after a failed build, help that fits the terminal. */
class FirstHourE2eTest {
    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"builds", "build", "view", "status", "watch", "retry", "cancel", "trigger", "tests", "artifacts",
            "projects", "doctor", "completion"})
    void everySubcommandPrintsTheVersion(String command) {
        for (String flag : List.of("--version", "-V")) {
            TestContext.Result r = new TestContext(dir).run(command, flag);

            assertEquals(0, r.exitCode(), r::toString);
            assertEquals("circle-view " + Version.current() + "\n", r.stdout(), r::toString);
        }
    }

    @Test
    void aFailedBuildsViewEndsWithTheCommandThatShowsWhatFailed() {
        wm.stubFor(get(urlEqualTo(PROJECT_PATH + "/4810")).willReturn(okForContentType(JSON, fixture("build-4810-parallel.json"))));

        TestContext.Result terminal = E2e.context(wm, dir).terminal(true, false, 100).run("build", "4810", "-p", SLUG);
        TestContext.Result piped = E2e.context(wm, dir).run("build", "4810", "-p", SLUG);

        List<String> lines = terminal.stdoutLines();
        assertEquals("The output of the failed steps: circle-view build 4810 --log-failed", lines.get(lines.size() - 1), terminal::toString);
        assertFalse(piped.stdout().contains("--log-failed"), "piped output stays name<TAB>value lines");
    }

    @Test
    void theTimesOfABuildShowTheTimeOfDay() {
        wm.stubFor(get(urlEqualTo(PROJECT_PATH + "/4810")).willReturn(okForContentType(JSON, fixture("build-4810-parallel.json"))));

        TestContext.Result r = E2e.context(wm, dir).terminal(true, false, 100).run("build", "4810", "-p", SLUG);

        assertTrue(r.stdout().matches("(?s).*Queued +\\S.* \\(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\)\n.*"), r::toString);
        assertTrue(r.stdout().matches("(?s).*Finished +\\S.* \\(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\)\n.*"), r::toString);
    }

    /**
     * Help on a 60-column terminal fits it, and its examples and notes wrap between words: every word
     * of them is there whole (a URL or a jq filter is not cut at a dot).
     */
    @ParameterizedTest
    @ValueSource(strings = {"builds", "build", "status", "retry", "watch"})
    void helpWrapsAtTheTerminalsWidthAndItsFootersBetweenWords(String command) {
        TestContext.Result narrow = new TestContext(dir).terminal(true, false, 60).run(command, "--help");
        TestContext.Result wide = new TestContext(dir).run(command, "--help");

        assertEquals(0, narrow.exitCode(), narrow::toString);
        for (String line : narrow.stdoutLines()) {
            assertTrue(DisplayWidth.of(line) <= 60, () -> "wider than 60: " + line);
        }
        String wideFooter = wide.stdout().substring(wide.stdout().indexOf("Examples:"));
        List<String> narrowWords = List.of(narrow.stdout().substring(narrow.stdout().indexOf("Examples:")).split("\\s+"));
        for (String word : wideFooter.split("\\s+")) {
            assertTrue(narrowWords.contains(word), () -> "\"" + word + "\" was split:\n" + narrow.stdout());
        }
    }

    @Test
    void theMainUsageFitsANarrowTerminalToo() {
        TestContext.Result r = new TestContext(dir).terminal(true, false, 60).run("--help");

        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdoutLines().stream().allMatch(l -> DisplayWidth.of(l) <= 60), r::toString);
    }
}
