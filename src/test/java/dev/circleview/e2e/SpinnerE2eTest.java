package dev.circleview.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.testing.ManualScheduler;
import dev.circleview.testing.Screen;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.circleview.e2e.E2e.FIRST_PAGE;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.PROJECT_PATH;
import static dev.circleview.e2e.E2e.SLUG;
import static dev.circleview.e2e.E2e.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The spinner through whole commands. Its scheduler runs three turns the moment they are due, as if
 * each request took long enough for them: deterministic, no waiting. What is checked is what the
 * terminal is left showing ({@link Screen}), and that nothing of it reaches a pipe.
 */
class SpinnerE2eTest {
    private static final String FRAMES = "\r⠋ waiting for CircleCI\r⠙ waiting for CircleCI\r⠹ waiting for CircleCI";
    private static final String ERASE = "\r\u001b[K";

    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    private TestContext terminal() {
        return E2e.context(wm, dir).terminal(true, false, 120).env("TERM", "xterm-256color").scheduler(ManualScheduler.atOnce(3));
    }

    private void stubBuilds() {
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(okForContentType(JSON, fixture("builds-30.json"))));
    }

    @Test
    void onATerminalItTurnsWhileTheRequestIsOutAndIsGoneBeforeTheTable() {
        stubBuilds();

        TestContext.Result r = terminal().run("builds", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(FRAMES + ERASE, r.stderr(), "three turns, then erased");
        assertEquals(List.of(), Screen.lines(r.stderr()), "nothing left on screen");
        assertEquals(31, r.stdoutLines().size());
        assertTrue(r.stdoutLines().get(0).startsWith("STATUS"), r::toString);
        assertFalse(r.stdout().contains("waiting") || r.stdout().contains("\r"), "stdout holds only the table");
    }

    @Test
    void anErrorLineIsPrintedOnACleanLine() {
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(aResponse().withStatus(404).withHeader("Content-Type", JSON)
                .withBody("{\"message\":\"Project not found\"}")));

        TestContext.Result r = terminal().run("builds", "-p", SLUG);

        assertEquals(5, r.exitCode(), r::toString);
        assertTrue(r.stderr().startsWith(FRAMES + ERASE + "circle-view: project github/acme/svc not found"), r::toString);
        List<String> shown = Screen.lines(r.stderr());
        assertEquals(1, shown.size(), () -> "one line on screen: " + shown);
        assertTrue(shown.get(0).startsWith("circle-view: project github/acme/svc not found on CircleCI (HTTP 404)"), shown::toString);
        assertEquals("", r.stdout());
    }

    @Test
    void withJsonItStillTurnsOnStderrAndTheJsonIsUntouched() throws Exception {
        stubBuilds();

        TestContext.Result r = terminal().run("builds", "-p", SLUG, "--json");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(FRAMES + ERASE, r.stderr());
        assertEquals(30, new ObjectMapper().readTree(r.stdout()).size(), "stdout is the JSON alone");
    }

    @Test
    void neverPipedNorWithDebugNorOnADumbTerminal() {
        stubBuilds();

        TestContext.Result piped = E2e.context(wm, dir).scheduler(ManualScheduler.atOnce(3)).run("builds", "-p", SLUG);
        TestContext.Result debug = terminal().run("builds", "-p", SLUG, "--debug");
        TestContext.Result dumb = terminal().env("TERM", "dumb").run("builds", "-p", SLUG);

        assertEquals("", piped.stderr(), piped::toString);
        assertFalse(piped.stdout().contains("waiting"), piped::toString);
        assertTrue(debug.stderr().startsWith("[debug] "), debug::toString);
        assertFalse(debug.stderr().contains("waiting") || debug.stderr().contains("\r"), debug::toString);
        assertEquals("", dumb.stderr(), dumb::toString);
        for (TestContext.Result r : List.of(piped, debug, dumb)) {
            assertEquals(0, r.exitCode(), r::toString);
        }
    }

    @Test
    void watchDrawsItsOwnViewAndNeverTheSpinner() {
        wm.stubFor(get(urlEqualTo(PROJECT_PATH + "/42")).willReturn(okForContentType(JSON,
                "{\"build_num\":42,\"status\":\"success\",\"lifecycle\":\"finished\",\"subject\":\"s\",\"branch\":\"main\","
                        + "\"start_time\":\"2026-11-28T11:59:00Z\",\"stop_time\":\"2026-11-28T12:00:00Z\",\"build_time_millis\":60000}")));

        TestContext.Result r = terminal().run("watch", "42", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stderr(), r::toString);
        assertTrue(r.stdout().contains("build #42 success"), r::toString);
    }
}
