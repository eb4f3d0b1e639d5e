package dev.circleview.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.PROJECT_PATH;
import static dev.circleview.e2e.E2e.SLUG;
import static dev.circleview.e2e.E2e.TOKEN;
import static dev.circleview.e2e.E2e.assertNoStackTrace;
import static dev.circleview.e2e.E2e.assertOneErrorLine;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code circle-view build NUMBER --log} against a real HTTP server. The API is reached as
 * {@code localhost} and the logs as {@code 127.0.0.1}: the same server, but another origin, as
 * CircleCI's presigned links are.
 */
class BuildLogsE2eTest {
    static final String BUILD_PATH = PROJECT_PATH + "/123";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    /** A presigned-looking link to {@code /output/NAME} on the log "host". */
    private static String link(String name) {
        return "http://127.0.0.1:" + wm.getPort() + "/output/" + name + "?X-Amz-Signature=abc123&X-Amz-Expires=60";
    }

    /** A step output body: one chunk per message. */
    private static String output(String... messages) {
        ArrayNode array = MAPPER.createArrayNode();
        for (String m : messages) {
            array.addObject().put("type", "out").put("time", "2026-11-27T10:00:01.000Z").put("message", m);
        }
        return array.toString();
    }

    private static ObjectNode action(ArrayNode actions, int step, int index, String status, Integer exitCode, String log) {
        ObjectNode a = actions.addObject().put("step", step).put("index", index).put("status", status)
                .put("has_output", log != null).put("truncated", false);
        if (exitCode != null) {
            a.put("exit_code", exitCode);
        }
        if (log != null) {
            a.put("output_url", link(log));
        }
        return a;
    }

    /**
     * Build #123 with these steps; each step is "NAME:STATUS:LOG[,STATUS:LOG...]" (one entry per
     * container; LOG "-" for no output, STATUS "failed" gets exit code 1).
     */
    private static String build(int parallel, String... steps) {
        ObjectNode b = MAPPER.createObjectNode().put("build_num", 123).put("status", "failed").put("lifecycle", "finished")
                .put("parallel", parallel).put("build_url", "https://circleci.com/gh/acme/svc/123");
        ArrayNode list = b.putArray("steps");
        int id = 0;
        for (String step : steps) {
            String[] parts = step.split(":", 2);
            ObjectNode s = list.addObject().put("name", parts[0]);
            ArrayNode actions = s.putArray("actions");
            String[] containers = parts[1].split(",");
            for (int i = 0; i < containers.length; i++) {
                String[] c = containers[i].split(":");
                action(actions, id, i, c[0], c[0].equals("failed") ? 1 : 0, c[1].equals("-") ? null : c[1]).put("name", parts[0]);
            }
            id = id == 0 ? 99 : id + 1;
        }
        return b.toString();
    }

    private static void answer(String body) {
        wm.stubFor(get(urlEqualTo(BUILD_PATH)).willReturn(okForContentType(JSON, body)));
    }

    private static void log(String name, String body) {
        wm.stubFor(get(urlPathMatching("/output/" + name)).willReturn(okForContentType("application/json", body)));
    }

    private TestContext.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("build", "123", "-p", SLUG));
        all.addAll(List.of(args));
        return E2e.context(wm, dir).run(all.toArray(String[]::new));
    }

    /** Requests for logs: never with the token; API requests: always with it. */
    private static void assertTokenOnlyToTheApi() {
        for (var event : wm.getAllServeEvents()) {
            LoggedRequest request = event.getRequest();
            boolean api = request.getUrl().startsWith("/api/");
            assertEquals(api, request.containsHeader("Circle-Token"), "Circle-Token on " + request.getUrl());
            if (api) {
                assertEquals(TOKEN, request.getHeader("Circle-Token"));
                assertTrue(request.getHeader("Host").startsWith("localhost:"), request.getHeader("Host"));
            } else {
                assertTrue(request.getHeader("Host").startsWith("127.0.0.1:"), request.getHeader("Host"));
            }
            assertFalse(request.getUrl().contains(TOKEN), request.getUrl());
        }
        E2e.assertCleanRequests(wm);
    }

    private static int logRequests() {
        return wm.findAll(getRequestedFor(urlPathMatching("/output/.*"))).size();
    }

    @Test
    void everyStepsOutputInStepOrderUnderPlainHeadingsWhenPiped() {
        answer(build(1, "Spin up environment:success:-", "Checkout code:success:checkout", "Run tests:failed:tests"));
        log("checkout", output("Cloning into '.'...\n", "done.\n"));
        log("tests", output("\u001b[32mok\u001b[0m 1 - adds\n", "\u001b[31mnot ok\u001b[0m 2 - subtracts\n",
                "Exited with code exit status 1"));

        TestContext.Result r = run("--log");

        assertAll(r.toString(),
                () -> assertEquals(0, r.exitCode()),
                () -> assertEquals("", r.stderr()),
                () -> assertEquals("""
                        ==> Spin up environment (success)
                        (no output)
                        ==> Checkout code (success)
                        Cloning into '.'...
                        done.
                        ==> Run tests (failed, exit code 1)
                        ok 1 - adds
                        not ok 2 - subtracts
                        Exited with code exit status 1
                        """, r.stdout()));
        wm.verify(1, getRequestedFor(urlEqualTo(BUILD_PATH)));
        assertEquals(2, logRequests());
        assertTokenOnlyToTheApi();
    }

    @Test
    void theLogHostNeverReceivesTheTokenNotEvenWhenItRedirectsToTheApiOrigin() {
        answer(build(1, "Run tests:success:moved"));
        String apiOrigin = "http://localhost:" + wm.getPort();
        wm.stubFor(get(urlPathMatching("/output/moved")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", apiOrigin + "/output/here?sig=2")));
        log("here", output("hello\n"));

        TestContext.Result r = run("--log", "--debug");

        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().endsWith("==> Run tests (success)\nhello\n"), r::toString);
        List<LoggedRequest> logs = wm.findAll(getRequestedFor(urlPathMatching("/output/.*")));
        assertEquals(2, logs.size());
        logs.forEach(request -> assertFalse(request.containsHeader("Circle-Token"), request.getUrl()));
        wm.verify(1, getRequestedFor(urlEqualTo(BUILD_PATH)).withHeader("Circle-Token", equalTo(TOKEN)));
        assertFalse(r.stderr().contains("abc123"), "--debug shows no link signature: " + r.stderr());
        assertFalse(r.stderr().contains(TOKEN), r::toString);
    }

    @Test
    void anExpiredLinkFetchesTheBuildAgainAndTheFreshLinkWorks() {
        String old = build(1, "Run tests:success:old");
        String fresh = build(1, "Run tests:success:fresh");
        wm.stubFor(get(urlEqualTo(BUILD_PATH)).inScenario("links").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okForContentType(JSON, old)).willSetStateTo("refreshed"));
        wm.stubFor(get(urlEqualTo(BUILD_PATH)).inScenario("links").whenScenarioStateIs("refreshed")
                .willReturn(okForContentType(JSON, fresh)));
        wm.stubFor(get(urlPathMatching("/output/old")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/xml")
                .withBody("<?xml version=\"1.0\"?><Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>")));
        log("fresh", output("all good\n"));

        TestContext.Result r = run("--log");

        assertAll(r.toString(),
                () -> assertEquals(0, r.exitCode()),
                () -> assertEquals("", r.stderr()),
                () -> assertEquals("==> Run tests (success)\nall good\n", r.stdout()));
        wm.verify(2, getRequestedFor(urlEqualTo(BUILD_PATH)));
        wm.verify(1, getRequestedFor(urlPathMatching("/output/old")));
        wm.verify(1, getRequestedFor(urlPathMatching("/output/fresh")));
        wm.verify(4, getRequestedFor(urlMatching(".*")));
        assertTokenOnlyToTheApi();
    }

    @Test
    void aLinkRefusedAgainAfterTheRefreshIsOneErrorLineAndExit9AndTheOtherLogsStillShow() {
        answer(build(1, "Checkout code:success:checkout", "Run tests:success:expired", "Deploy:success:deploy"));
        log("checkout", output("cloned\n"));
        wm.stubFor(get(urlPathMatching("/output/expired")).willReturn(aResponse().withStatus(403)));
        log("deploy", output("deployed\n"));

        TestContext.Result r = run("--log");

        assertEquals(9, r.exitCode(), r::toString);
        assertEquals("==> Checkout code (success)\ncloned\n==> Run tests (success)\n==> Deploy (success)\ndeployed\n", r.stdout());
        assertEquals(1, r.stderrLines().size(), r::toString);
        assertTrue(r.stderr().startsWith("circle-view: the log of step \"Run tests\" could not be fetched: its link was refused (HTTP 403)"),
                r::toString);
        assertNoStackTrace(r.stderr());
        // the build once, then once more for fresh links; the expired link twice (old, then "fresh")
        wm.verify(2, getRequestedFor(urlEqualTo(BUILD_PATH)));
        wm.verify(2, getRequestedFor(urlPathMatching("/output/expired")));
        assertTokenOnlyToTheApi();
    }

    @Test
    void logsDownloadTogetherButPrintInStepOrder() {
        answer(build(1, "one:success:one", "two:success:two", "three:success:three", "four:success:four"));
        int[] delays = {1200, 900, 600, 0};
        String[] names = {"one", "two", "three", "four"};
        for (int i = 0; i < names.length; i++) {
            wm.stubFor(get(urlPathMatching("/output/" + names[i])).willReturn(okForContentType("application/json",
                    output("log of " + names[i] + "\n")).withFixedDelay(delays[i])));
        }

        TestContext.Result r = run("--log");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("""
                ==> one (success)
                log of one
                ==> two (success)
                log of two
                ==> three (success)
                log of three
                ==> four (success)
                log of four
                """, r.stdout());
        assertEquals(4, logRequests());
        // fetched together: every log was asked for before the first one (1.2 s late) could have
        // answered; one after the other, each request would wait for the answer before it
        List<Long> asked = wm.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/output/"))
                .map(e -> e.getRequest().getLoggedDate().getTime()).sorted().toList();
        assertTrue(asked.get(asked.size() - 1) - asked.get(0) < delays[0], "asked at " + asked);
    }

    /**
     * A parallel build: two steps on three containers; "Run tests" failed on container 1. Only the logs
     * named ({@code co-0} ... {@code rt-2}) can be fetched: a run that asks for another fails the test.
     */
    private static void parallelBuild(String... logs) {
        answer(build(3, "Checkout code:success:co-0,success:co-1,success:co-2",
                "Run tests:success:rt-0,failed:rt-1,success:rt-2"));
        for (String name : logs) {
            log(name, output("log " + name + "\n"));
        }
    }

    @Test
    void stepAndContainerNarrowTheLogsFetched() {
        parallelBuild("rt-1");

        TestContext.Result r = run("--log", "--step", "run TESTS", "--container", "1");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("==> Run tests [container 1] (failed, exit code 1)\nlog rt-1\n", r.stdout());
        assertEquals(1, logRequests());
        wm.verify(1, getRequestedFor(urlPathMatching("/output/rt-1")));
    }

    @Test
    void aStepNameMatchesAPartWhenNoStepHasItWhole() {
        parallelBuild("co-2");

        TestContext.Result r = run("--log", "--step", "checkout", "--container", "2");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("==> Checkout code [container 2] (success)\nlog co-2\n", r.stdout());
    }

    @Test
    void logFailedShowsOnlyTheFailedActions() {
        parallelBuild("rt-1");

        TestContext.Result r = run("--log-failed");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("==> Run tests [container 1] (failed, exit code 1)\nlog rt-1\n", r.stdout());
        assertEquals(1, logRequests());
    }

    @Test
    void everyContainerOfEveryStepWithoutNarrowing() {
        parallelBuild("co-0", "co-1", "co-2", "rt-0", "rt-1", "rt-2");

        TestContext.Result r = run("--log", "--container", "0");
        TestContext.Result all = run("--log");

        assertEquals("==> Checkout code [container 0] (success)\nlog co-0\n==> Run tests [container 0] (success)\nlog rt-0\n",
                r.stdout(), r::toString);
        assertEquals(12, all.stdoutLines().size(), all::toString);
        assertEquals("==> Run tests [container 2] (success)", all.stdoutLines().get(10));
    }

    @Test
    void logFailedOnABuildWithoutFailuresSaysSoAndExits0() {
        answer(build(1, "Run tests:success:tests"));

        TestContext.Result r = run("--log-failed");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stdout());
        assertEquals("circle-view: no step of build #123 failed\n", r.stderr());
        assertEquals(0, logRequests());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--step=deploy", "--container=7"})
    void aStepOrContainerThatIsNotThereIsAUsageErrorAndNoLogIsFetched(String option) {
        parallelBuild();

        TestContext.Result r = run("--log", option);

        assertOneErrorLine(r, 2);
        assertTrue(r.stderr().contains(option.startsWith("--step") ? "no step named \"deploy\"; its steps: \"Checkout code\", \"Run tests\""
                : "no container 7; its containers: 0, 1, 2"), r::toString);
        assertEquals(0, logRequests());
    }

    @Test
    void logLimitCutsEachLogWithAMarker() {
        answer(build(1, "Run tests:success:tests", "Deploy:success:deploy"));
        log("tests", output("0123456789\n", "abcdefghij\n", "never shown\n"));
        log("deploy", output("short\n"));

        TestContext.Result r = run("--log", "--log-limit", "15");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("""
                ==> Run tests (success)
                0123456789
                abcd
                [log cut at 15 bytes: see more with --log-limit]
                ==> Deploy (success)
                short
                """, r.stdout());
    }

    @Test
    void aLogBodyThatIsHtmlIsOneErrorLineForThatStep() {
        answer(build(1, "Checkout code:success:checkout", "Run tests:success:tests"));
        wm.stubFor(get(urlPathMatching("/output/checkout")).willReturn(okForContentType("text/html",
                "<!DOCTYPE html><html><body><h1>Sign in</h1></body></html>")));
        log("tests", output("passed\n"));

        TestContext.Result r = run("--log");

        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("==> Checkout code (success)\n==> Run tests (success)\npassed\n", r.stdout());
        assertEquals(List.of("circle-view: the log of step \"Checkout code\" is not CircleCI step output (a JSON array of "
                + "messages): not JSON; it starts \"<!DOCTYPE html><html><body><h1>Sign in</h1></body></html>\""), r.stderrLines());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"message\":\"hi\"}", "[\"hi\"]", "[{\"message\":\"cut\"}, ", ""})
    void aBodyThatIsNotAnArrayOfObjectsIsOneErrorLine(String body) {
        answer(build(1, "Run tests:success:tests"));
        log("tests", body);

        TestContext.Result r = run("--log");

        assertTrue(r.exitCode() == 1 || r.exitCode() == 9, r::toString);
        assertEquals(1, r.stderrLines().size(), r::toString);
        assertTrue(r.stderr().startsWith("circle-view: the log of step \"Run tests\" "), r::toString);
        assertNoStackTrace(r.stderr());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--json", "--web"})
    void logWithJsonOrWebIsAUsageErrorAndNoRequest(String other) {
        TestContext.Result r = run("--log", other);

        assertOneErrorLine(r, 2);
        assertTrue(r.stderr().contains(other + " does not go with --log"), r::toString);
        E2e.assertNoRequest(wm);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--step=x", "--container=1", "--log-limit=1M"})
    void logChoicesWithoutLogAreAUsageError(String option) {
        TestContext.Result r = run(option);

        assertOneErrorLine(r, 2);
        E2e.assertNoRequest(wm);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "ten", "10X", "1.5M", ""})
    void aBadLogLimitIsAUsageError(String limit) {
        TestContext.Result r = run("--log", "--log-limit", limit);

        assertOneErrorLine(r, 2);
        E2e.assertNoRequest(wm);
    }

    @Test
    void theBuildsResultStillDecidesTheExitWithExitStatus() {
        answer(build(1, "Run tests:failed:tests"));
        log("tests", output("boom\n"));

        TestContext.Result r = run("--log", "--exit-status");

        assertEquals(6, r.exitCode(), r::toString);
        assertEquals("==> Run tests (failed, exit code 1)\nboom\n", r.stdout());
    }

    /** Real data: a step with has_output true and no output_url has output CircleCI gave no link to, not "no output". */
    @Test
    void aStepWithOutputButNoLinkSaysSoAndPointsAtTheBuildsPage() throws Exception {
        ObjectNode b = (ObjectNode) MAPPER.readTree(build(1, "Checkout code:success:co", "Run tests:failed:-"));
        ((ObjectNode) b.get("steps").get(1).get("actions").get(0)).put("has_output", true);
        answer(b.toString());
        log("co", output("cloned\n"));

        TestContext.Result r = run("--log");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(List.of("==> Checkout code (success)", "cloned", "==> Run tests (failed, exit code 1)",
                "(CircleCI sent no link to this step's output; see it on the build's page: https://circleci.com/gh/acme/svc/123)"),
                r.stdoutLines());
    }

    /** Real data: a docker pull in a failed step, its progress redrawn in place; --log-failed shows what a terminal would have left. */
    @Test
    void dockerPullProgressShowsEachLayersFinalLine() {
        answer(build(1, "Spin up environment:failed:docker"));
        String redraws = "\u001b[2A\u001b[2K\ra1b2: Downloading [=>   ] 1MB/4MB \r\u001b[2B"
                + "\u001b[1A\u001b[2K\rc3d4: Downloading [===> ] 3MB/4MB \r\u001b[1B"
                + "\u001b[2A\u001b[2K\ra1b2: Pull complete \r\u001b[2B"
                + "\u001b[1A\u001b[2K\rc3d4: Pull complete \r\u001b[1B";
        log("docker", output("20: Pulling from library/node\n", "a1b2: Pulling fs layer \r\n", "c3d4: Pulling fs layer \r\n",
                redraws.substring(0, 40), redraws.substring(40), "Status: Image is up to date\n", "Error: pull access denied\n"));

        TestContext.Result r = run("--log-failed");

        assertEquals(List.of("==> Spin up environment (failed, exit code 1)", "20: Pulling from library/node", "a1b2: Pull complete ",
                "c3d4: Pull complete ", "Status: Image is up to date", "Error: pull access denied"), r.stdoutLines(), r::toString);
    }

    /** A log that keeps coming, slowly, is not cut by --timeout; one that stops for longer than it ends with exit 9. */
    @Test
    void timeoutBoundsAStallOfALogNotItsLength() {
        answer(build(1, "Slow:success:slow", "Stuck:success:stuck"));
        String lines = output("a\n".repeat(2000));
        wm.stubFor(get(urlPathMatching("/output/slow")).willReturn(okForContentType("application/json", lines)
                .withChunkedDribbleDelay(10, 2000)));

        TestContext.Result moving = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> run("--log", "--step", "Slow", "--timeout", "1", "--retries", "0"));

        assertEquals(0, moving.exitCode(), moving::toString);
        assertEquals(2001, moving.stdoutLines().size(), "the heading and every line");

        wm.stubFor(get(urlPathMatching("/output/stuck")).willReturn(okForContentType("application/json", lines)
                .withChunkedDribbleDelay(2, 8000)));
        TestContext.Result stuck = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> run("--log", "--step", "Stuck", "--timeout", "1", "--retries", "0"));

        assertEquals(9, stuck.exitCode(), stuck::toString);
        assertTrue(stuck.stderr().contains("1 s"), stuck::toString);
    }
}
