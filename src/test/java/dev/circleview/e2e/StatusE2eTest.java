package dev.circleview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.core.Version;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.PROJECT_PATH;
import static dev.circleview.e2e.E2e.SLUG;
import static dev.circleview.e2e.E2e.TOKEN;
import static dev.circleview.e2e.E2e.assertNoRequest;
import static dev.circleview.e2e.E2e.assertOneErrorLine;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code circle-view status}: the newest build of a branch as one line, its result as the exit code. */
class StatusE2eTest {
    static final String MAIN = PROJECT_PATH + "/tree/main?limit=5&offset=0";
    static final String MAIN_PAGE = PROJECT_PATH + "/tree/main?limit=30&offset=0";
    static final String SHA = "3f9c2e1d4b5a69788796a5b4c3d2e1f0a9b8c7d6";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    /** A build of main, started three minutes before the test clock's now. */
    private static ObjectNode build(int num, String status, String revision) {
        ObjectNode b = MAPPER.createObjectNode();
        b.put("build_num", num).put("status", status).put("lifecycle", "finished").put("subject", "Bump jackson to 2.23")
                .put("branch", "main").put("vcs_revision", revision).put("start_time", "2026-11-28T11:57:00.000Z");
        b.putObject("user").put("login", "alice");
        return b;
    }

    private static String list(ObjectNode... builds) {
        ArrayNode array = MAPPER.createArrayNode();
        for (ObjectNode b : builds) {
            array.add(b);
        }
        return array.toString();
    }

    private static void answer(String path, String body) {
        wm.stubFor(get(urlEqualTo(path)).willReturn(okForContentType(JSON, body)));
    }

    /** Exactly one request, to {@code path}, with the token, the JSON Accept header and our User-Agent. */
    private static void assertOnlyRequest(String path) {
        wm.verify(1, getRequestedFor(urlEqualTo(path))
                .withHeader("Circle-Token", equalTo(TOKEN))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("User-Agent", equalTo("circle-view/" + Version.current() + " (Java "
                        + Runtime.version().feature() + ")")));
        wm.verify(1, getRequestedFor(urlMatching(".*")));
        E2e.assertCleanRequests(wm);
    }

    private TestContext.Result run(String... args) {
        return E2e.context(wm, dir).run(args);
    }

    @Test
    void pipedIsOneTabSeparatedLineOfSafeText() {
        answer(MAIN, list(build(4812, "success", SHA).put("subject", "Bump \u001b]0;owned\u0007jackson")));

        TestContext.Result r = run("status", "-b", "main", "-p", SLUG);

        assertAll(r.toString(),
                () -> assertEquals(0, r.exitCode()),
                () -> assertEquals("success\t4812\tmain\t" + SHA + "\tBump jackson\t2026-11-28T11:57:00Z\n", r.stdout()),
                () -> assertEquals("", r.stderr()));
        assertOnlyRequest(MAIN);
    }

    @Test
    void onATerminalItIsOneLineColouredOnlyWhenColourIsOn() {
        answer(MAIN, list(build(4812, "failed", SHA)));

        TestContext.Result plain = E2e.context(wm, dir).terminal(true, false, 100).run("status", "-b", "main", "-p", SLUG);
        TestContext.Result coloured = E2e.context(wm, dir).terminal(true, true, 100).run("status", "-b", "main", "-p", SLUG);

        assertEquals(6, plain.exitCode(), plain::toString);
        assertEquals("✗ failed  #4812  main  3f9c2e1  Bump jackson to 2.23  3m ago\n", plain.stdout());
        assertEquals(6, coloured.exitCode(), coloured::toString);
        assertTrue(coloured.stdout().startsWith("\u001b[31m✗ failed\u001b[0m  #4812"), coloured::toString);
        assertEquals(plain.stdout(), coloured.stdout().replaceAll("\u001b\\[[0-9;]*m", ""));
    }

    @ParameterizedTest
    @CsvSource({"success, 0", "fixed, 0", "failed, 6", "timedout, 6", "infrastructure_fail, 6", "canceled, 7",
            "not_run, 7", "running, 8", "queued, 8"})
    void theExitCodeIsTheBuildsResultWithAndWithoutJson(String status, int code) throws Exception {
        ObjectNode sent = build(41, status, SHA);
        if (status.equals("running") || status.equals("queued")) {
            sent.put("lifecycle", status);
        }
        answer(MAIN, list(sent));

        TestContext.Result piped = run("status", "-b", "main", "-p", SLUG);
        TestContext.Result json = run("status", "-b", "main", "-p", SLUG, "--json");

        assertEquals(code, piped.exitCode(), piped::toString);
        assertTrue(piped.stdout().startsWith(status + "\t41\t"), piped::toString);
        assertEquals(code, json.exitCode(), json::toString);
        JsonNode out = MAPPER.readTree(json.stdout());
        assertEquals(List.of("build_num", "status", "lifecycle", "outcome", "subject", "retry_of", "job_name", "workflows",
                "branch", "vcs_tag", "vcs_revision", "username", "reponame", "vcs_type", "build_url", "user", "author_name",
                "committer_name", "why", "queued_at", "start_time", "stop_time", "build_time_millis", "parallel", "platform", "dont_build", "messages"),
                RetryBuildE2eTest.names(out));
        assertEquals(status, out.get("status").asText());
        assertEquals(SHA, out.get("vcs_revision").asText());
        wm.verify(2, getRequestedFor(urlEqualTo(MAIN)));
    }

    /** 30 builds of main numbered down from 130; #127 and #124 are of {@link #SHA}, every other one of its own commit. */
    private static String page() {
        ObjectNode[] builds = new ObjectNode[30];
        for (int i = 0; i < 30; i++) {
            int num = 130 - i;
            String revision = num == 127 || num == 124 ? SHA : String.format("%08x", num * 2_654_435_761L & 0xffffffffL) + "0".repeat(32);
            builds[i] = build(num, num == 127 ? "running" : "success", revision);
        }
        return list(builds);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3f9c2e1", "3F9C2E1D4B", SHA})
    void shaPicksTheNewestBuildOfThatCommitFromOnePageOf30(String sha) {
        answer(MAIN_PAGE, page());

        TestContext.Result r = run("status", "-b", "main", "--sha", sha, "-p", SLUG);

        assertEquals(8, r.exitCode(), r::toString);
        assertTrue(r.stdout().startsWith("running\t127\tmain\t" + SHA + "\t"), r::toString);
        assertOnlyRequest(MAIN_PAGE);
    }

    @Test
    void shaNotAmongThemYetExits8WithAMessage() {
        answer(MAIN_PAGE, page());

        TestContext.Result r = run("status", "-b", "main", "--sha", "abcdef0", "-p", SLUG);

        assertEquals(8, r.exitCode(), r::toString);
        assertEquals("", r.stdout());
        assertEquals("No build of commit abcdef0 yet among the newest 30 builds of github/acme/svc on branch main\n", r.stderr());
        assertOnlyRequest(MAIN_PAGE);
    }

    @Test
    void noBuildsAtAllExits8WithAMessage() {
        answer(MAIN, "[]");

        TestContext.Result r = run("status", "-b", "main", "-p", SLUG, "--json");

        assertEquals(8, r.exitCode(), r::toString);
        assertEquals("", r.stdout());
        assertEquals("No builds found for github/acme/svc on branch main\n", r.stderr());
        assertOnlyRequest(MAIN);
    }

    /** A checkout on feature/x whose catalog file names the project, and a folder deep inside it. */
    private Path checkout() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/feature/x\n");
        Files.writeString(dir.resolve("catalog-info.yaml"), E2e.catalog(SLUG));
        return Files.createDirectories(dir.resolve("src/main"));
    }

    private static TestContext.Result runIn(Path cwd, String... args) {
        return new TestContext(cwd).env("CIRCLE_VIEW_API_URL", E2e.apiUrl(wm)).env("CIRCLECI_AUTH_TOKEN", TOKEN).run(args);
    }

    @Test
    void theBranchComesFromTheCheckout() throws Exception {
        String path = PROJECT_PATH + "/tree/feature%2Fx?limit=5&offset=0";
        answer(path, list(build(7, "fixed", SHA).put("branch", "feature/x")));

        TestContext.Result r = runIn(checkout(), "status");

        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().startsWith("fixed\t7\tfeature/x\t"), r::toString);
        assertOnlyRequest(path);
    }

    @Test
    void branchOverridesTheCheckout() throws Exception {
        answer(MAIN, list(build(8, "success", SHA)));

        TestContext.Result r = runIn(checkout(), "status", "--branch", "main");

        assertEquals(0, r.exitCode(), r::toString);
        assertOnlyRequest(MAIN);
    }

    @Test
    void allBranchesAsksForTheProjectsNewestBuild() throws Exception {
        String path = PROJECT_PATH + "?limit=5&offset=0";
        answer(path, list(build(9, "canceled", SHA)));

        TestContext.Result r = runIn(checkout(), "status", "--all-branches");

        assertEquals(7, r.exitCode(), r::toString);
        assertOnlyRequest(path);
    }

    @Test
    void withoutABranchOutsideACheckoutOrOnADetachedHeadIsAUsageError() throws Exception {
        TestContext.Result outside = run("status", "-p", SLUG);
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), SHA + "\n");
        TestContext.Result detached = run("status", "-p", SLUG, "--json");

        for (TestContext.Result r : new TestContext.Result[] {outside, detached}) {
            assertOneErrorLine(r, 2);
            assertTrue(r.stderr().startsWith("circle-view: which branch? give --branch NAME or --all-branches"), r::toString);
        }
        assertNoRequest(wm);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--sha=3f9c2e", "--sha=xyz1234", "--sha=3f9c2e1;rm", "--sha=" + SHA + "0", "--all-branches"})
    void badOptionsAreUsageErrorsBeforeAnyRequest(String option) {
        TestContext.Result r = run("status", "-b", "main", "-p", SLUG, option);

        assertOneErrorLine(r, 2);
        assertNoRequest(wm);
    }

    @Test
    void anUnknownProjectExits5() {
        wm.stubFor(get(urlEqualTo(MAIN)).willReturn(aResponse().withStatus(404).withHeader("Content-Type", JSON)
                .withBody("{\"message\":\"Project not found\"}")));

        TestContext.Result r = run("status", "-b", "main", "-p", SLUG);

        assertOneErrorLine(r, 5);
        assertFalse(r.stderr().contains("No builds"), r::toString);
    }
}
