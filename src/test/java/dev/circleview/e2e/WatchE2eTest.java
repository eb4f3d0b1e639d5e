package dev.circleview.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.circleview.testing.Golden;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.PROJECT_PATH;
import static dev.circleview.e2e.E2e.SLUG;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WatchE2eTest {
    static final String BUILD = PROJECT_PATH + "/42";
    static final String MAIN_PAGE = PROJECT_PATH + "/tree/main?limit=30&offset=0";
    static final String SHA = "3f9c2e1d4b5a69788796a5b4c3d2e1f0a9b8c7d6";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    /** Build #42 of main in {@code status}; each step is "name:status:seconds" (status "-" for not started). */
    private static ResponseDefinitionBuilder detail(String status, String... steps) {
        ObjectNode b = MAPPER.createObjectNode();
        boolean done = !status.equals("queued") && !status.equals("running");
        b.put("build_num", 42).put("status", status).put("lifecycle", done ? "finished" : status.equals("queued") ? "queued" : "running")
                .put("subject", "Bump jackson").put("branch", "main").put("vcs_revision", SHA);
        if (!status.equals("queued")) {
            b.put("start_time", "2026-11-28T12:00:00.000Z");
        }
        if (done) {
            b.put("stop_time", "2026-11-28T12:01:05.000Z").put("build_time_millis", 65_000);
        }
        ArrayNode array = b.putArray("steps");
        for (String s : steps) {
            String[] p = s.split(":");
            ObjectNode action = array.addObject().put("name", p[0]).putArray("actions").addObject().put("name", p[0]).put("index", 0);
            if (!p[1].equals("-")) {
                action.put("status", p[1]).put("start_time", "2026-11-28T12:00:00.000Z");
                if (!p[1].equals("running")) {
                    action.put("run_time_millis", Long.parseLong(p[2]) * 1000);
                }
            }
        }
        return okForContentType(JSON, b.toString());
    }

    /** Answers {@code path} with {@code answers} in turn, the last one from then on. */
    private static void sequence(String path, ResponseDefinitionBuilder... answers) {
        for (int i = 0; i < answers.length; i++) {
            var stub = get(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(i == 0 ? Scenario.STARTED : "s" + i);
            if (i + 1 < answers.length) {
                stub = stub.willSetStateTo("s" + (i + 1));
            }
            wm.stubFor(stub.willReturn(answers[i]));
        }
    }

    private TestContext context() {
        return E2e.context(wm, dir).clockFollowsSleeps();
    }

    private static List<Duration> seconds(double... s) {
        return java.util.Arrays.stream(s).mapToObj(x -> Duration.ofMillis((long) (x * 1000))).toList();
    }

    @Test
    void queuedRunningSuccessIsOneLinePerChangeThenASummary() {
        sequence(BUILD,
                detail("queued"),
                detail("running", "Spin up environment:running:0", "Checkout code:-:0", "Run tests:-:0"),
                detail("running", "Spin up environment:success:12", "Checkout code:success:3", "Run tests:running:0"),
                detail("running", "Spin up environment:success:12", "Checkout code:success:3", "Run tests:running:0"),
                detail("success", "Spin up environment:success:12", "Checkout code:success:3", "Run tests:success:50"));
        TestContext context = context();
        TestContext.Result r = context.run("watch", "42", "-p", SLUG);
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stderr(), r::toString);
        assertFalse(r.stdout().contains("\u001b"), "escape codes when piped");
        Golden.assertMatches("watch-piped", r.stdout());
        // 3 s after each change, ×1.5 after the poll that changed nothing
        assertEquals(seconds(3, 3, 3, 4.5), context.sleeps());
        wm.verify(5, getRequestedFor(urlEqualTo(BUILD)));
        E2e.assertCleanRequests(wm);
    }

    @Test
    void runningToFailedExitsSix() {
        sequence(BUILD, detail("running", "Run tests:running:0"), detail("failed", "Run tests:failed:20"));
        TestContext.Result r = context().run("watch", "42", "-p", SLUG);
        assertEquals(6, r.exitCode(), r::toString);
        assertEquals(List.of("build #42: running", "step started: Run tests", "step finished: Run tests: failed (20s)",
                "build #42: failed", "build #42 failed in 1m 05s (watched 3s)"), r.stdoutLines());
    }

    @Test
    void canceledExitsSeven() {
        sequence(BUILD, detail("running"), detail("canceled"));
        TestContext.Result r = context().run("watch", "42", "-p", SLUG);
        assertEquals(7, r.exitCode(), r::toString);
        assertEquals("build #42 canceled in 1m 05s (watched 3s)", r.stdoutLines().get(r.stdoutLines().size() - 1));
    }

    @Test
    void survivesA429WithRetryAfterAndA503BurstLongerThanTheRetries() {
        ResponseDefinitionBuilder unavailable = aResponse().withStatus(503).withBody("down");
        sequence(BUILD,
                detail("running"),
                aResponse().withStatus(429).withHeader("Retry-After", "7"),
                detail("running", "Run tests:running:0"),
                unavailable, unavailable, unavailable,
                detail("success", "Run tests:success:20"));
        TestContext context = context();
        TestContext.Result r = context.run("watch", "42", "-p", SLUG, "--retries", "2");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(1, r.stderrLines().stream().filter(l -> l.startsWith("circle-view: CircleCI did not answer (")
                && l.endsWith("); still watching")).count(), r::toString);
        assertTrue(context.sleeps().contains(Duration.ofSeconds(7)), "the client waited as Retry-After said: " + context.sleeps());
        assertEquals("build #42: success", r.stdoutLines().get(r.stdoutLines().size() - 2));
    }

    @Test
    void anAuthenticationErrorEndsTheWatch() {
        sequence(BUILD, detail("running"), aResponse().withStatus(401));
        TestContext.Result r = context().run("watch", "42", "-p", SLUG);
        assertEquals(4, r.exitCode(), r::toString);
        wm.verify(2, getRequestedFor(urlEqualTo(BUILD)));
    }

    @Test
    void shaWaitsForTheBuildToAppearThenFollowsIt() {
        ObjectNode other = MAPPER.createObjectNode().put("build_num", 41).put("status", "success").put("vcs_revision", "ab".repeat(20));
        ObjectNode ours = MAPPER.createObjectNode().put("build_num", 42).put("status", "queued").put("vcs_revision", SHA);
        sequence(MAIN_PAGE, okForContentType(JSON, "[]"), okForContentType(JSON, "[" + other + "]"),
                okForContentType(JSON, "[" + ours + "," + other + "]"));
        sequence(BUILD, detail("success"));
        TestContext.Result r = context().run("watch", "-b", "main", "--sha", SHA.substring(0, 7), "-p", SLUG);
        assertEquals(0, r.exitCode(), r::toString);
        wm.verify(3, getRequestedFor(urlEqualTo(MAIN_PAGE)));
        assertEquals(List.of("circle-view: waiting for a build of commit 3f9c2e1 of github/acme/svc on branch main"), r.stderrLines());
    }

    @Test
    void theTimeoutEndsAWatchOfABuildThatDoesNotFinishWithExitEight() {
        sequence(BUILD, detail("running"));
        TestContext context = context();
        TestContext.Result r = context.run("watch", "42", "-p", SLUG, "--timeout", "10");
        assertAll(r.toString(),
                () -> assertEquals(8, r.exitCode()),
                () -> assertEquals(List.of("circle-view: gave up watching after the --timeout: build #42 has not finished (running)"),
                        r.stderrLines()),
                () -> assertEquals(seconds(3, 4.5, 2.5), context.sleeps()));
    }

    @Test
    void theLiveViewRedrawsAndHidesTheCursorOnlyOnATerminal() {
        sequence(BUILD, detail("running", "Run tests:running:0"), detail("success", "Run tests:success:20"));
        TestContext.Result tty = context().terminal(true, false, 80).run("watch", "42", "-p", SLUG);
        assertEquals(0, tty.exitCode(), tty::toString);
        assertTrue(tty.stdout().startsWith("\u001b[?25l"), tty::toString);
        assertTrue(tty.stdout().contains("\r\u001b[2A\u001b[J"), "redrawn in place: " + tty.stdout());
        assertTrue(tty.stdout().contains("\u001b[?25h"), "cursor shown again");
        assertTrue(tty.stdout().contains("▶ Run tests"), tty::toString);

        wm.resetScenarios();
        TestContext.Result piped = context().run("watch", "42", "-p", SLUG);
        assertEquals(0, piped.exitCode(), piped::toString);
        assertFalse(piped.stdout().contains("\u001b"), piped::toString);
    }

    @Test
    void notifyRingsTheBellOnTheTerminalAndAsksForADesktopNotification() {
        sequence(BUILD, detail("running"), detail("failed"));
        TestContext piped = context();
        TestContext.Result r = piped.run("watch", "42", "-p", SLUG, "--notify");
        assertEquals(6, r.exitCode(), r::toString);
        assertFalse(r.stdout().contains("\u0007") || r.stderr().contains("\u0007"), "no bell into a pipe");
        assertEquals(List.of("circle-view: build #42 failed in 1m 05s (watched 3s)"), piped.notifications());

        wm.resetScenarios();
        TestContext tty = context().terminal(true, false, 80);
        TestContext.Result t = tty.run("watch", "42", "-p", SLUG, "--notify");
        assertEquals(6, t.exitCode(), t::toString);
        assertTrue(t.stderr().contains("\u0007"), "the bell rings on the terminal");
        assertEquals(1, tty.notifications().size());
    }
}
