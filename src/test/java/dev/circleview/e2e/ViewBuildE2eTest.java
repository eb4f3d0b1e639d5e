package dev.circleview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.PROJECT_PATH;
import static dev.circleview.e2e.E2e.SLUG;
import static dev.circleview.e2e.E2e.assertOneErrorLine;
import static dev.circleview.e2e.E2e.fixture;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code circle-view build NUMBER} (alias {@code view}) against a real HTTP server. */
class ViewBuildE2eTest {
    static final String BUILD_PATH = PROJECT_PATH + "/123";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    /** The fixture {@code name} as build #123. */
    private static String build123(String name) throws Exception {
        ObjectNode body = (ObjectNode) MAPPER.readTree(fixture(name + ".json"));
        body.put("build_num", 123).put("build_url", "https://circleci.com/gh/acme/svc/123");
        return body.toString();
    }

    /** A small build #123 with this status and lifecycle. */
    private static String build123(String status, String lifecycle) {
        ObjectNode b = MAPPER.createObjectNode().put("build_num", 123).put("status", status).put("lifecycle", lifecycle)
                .put("subject", "Subject").put("build_url", "https://circleci.com/gh/acme/svc/123");
        b.putArray("steps");
        return b.toString();
    }

    private static void answer(String body) {
        wm.stubFor(get(urlEqualTo(BUILD_PATH)).willReturn(okForContentType(JSON, body)));
    }

    private TestContext.Result run(String... args) {
        return E2e.context(wm, dir).run(args);
    }

    @Test
    void pipedOutputIsNameValueLinesThenOneLinePerStepAndContainer() throws Exception {
        answer(build123("build-4810-parallel"));

        TestContext.Result r = run("build", "123", "-p", SLUG);

        assertAll(r.toString(),
                () -> assertEquals(0, r.exitCode(), "a failed build is shown with exit 0"),
                () -> assertEquals("", r.stderr()),
                () -> assertFalse(r.stdout().contains("\u001b")));
        List<String> lines = r.stdoutLines();
        assertEquals("build_num\t123", lines.get(0));
        assertTrue(lines.contains("status\tfailed"), r::toString);
        assertTrue(lines.contains("build_url\thttps://circleci.com/gh/acme/svc/123"), r::toString);
        assertTrue(lines.contains("step\tRun tests\t1\tfailed\t1\t220"), r::toString);
        assertEquals(15, lines.stream().filter(l -> l.startsWith("step\t")).count(), "5 steps on 3 containers");
        E2e.assertOnlyRequest(wm, BUILD_PATH);
    }

    @Test
    void terminalOutputShowsTheStepsAndLinksThePageOnlyWithColour() throws Exception {
        answer(build123("build-4810-parallel"));

        TestContext.Result plain = E2e.context(wm, dir).terminal(true, false, 100).run("build", "123", "-p", SLUG);
        TestContext.Result coloured = E2e.context(wm, dir).terminal(true, true, 100).run("build", "123", "-p", SLUG);

        assertEquals(0, plain.exitCode(), plain::toString);
        assertEquals("#123  Fix flaky login test", plain.stdoutLines().get(0));
        assertTrue(plain.stdoutLines().contains("URL       https://circleci.com/gh/acme/svc/123"), plain::toString);
        assertTrue(plain.stdout().contains("failed on 1 of 3 containers"), plain::toString);
        assertFalse(plain.stdout().contains("\u001b"), plain::toString);
        assertTrue(coloured.stdout().contains("\u001b]8;;https://circleci.com/gh/acme/svc/123\u001b\\"), coloured::toString);
        assertEquals(plain.stdout(), coloured.stdout().replaceAll("\u001b]8;;[^\u001b]*\u001b\\\\", "")
                .replaceAll("\u001b\\[[0-9;]*m", ""));
    }

    @Test
    void jsonHasTheBuildItsStepsAndActionsUnderTheApiNames() throws Exception {
        String body = build123("build-4810-parallel");
        answer(body);

        TestContext.Result r = run("build", "123", "-p", SLUG, "--json");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stderr());
        JsonNode out = MAPPER.readTree(r.stdout());
        JsonNode in = MAPPER.readTree(body);
        assertEquals(List.of("build_num", "status", "lifecycle", "outcome", "subject", "retry_of", "job_name", "workflows",
                "branch", "vcs_tag", "vcs_revision", "username", "reponame", "vcs_type", "build_url", "user", "author_name",
                "committer_name", "why", "queued_at", "start_time", "stop_time", "build_time_millis", "parallel", "platform", "dont_build", "messages",
                "steps"), names(out));
        for (String field : List.of("build_num", "status", "lifecycle", "outcome", "subject", "branch", "vcs_revision",
                "build_url", "why", "queued_at", "start_time", "stop_time", "build_time_millis", "parallel")) {
            assertEquals(in.get(field), out.get(field), field);
        }
        assertEquals(5, out.get("steps").size());
        JsonNode step = out.get("steps").get(3);
        assertEquals(List.of("name", "actions"), names(step));
        assertEquals("Run tests", step.get("name").asText());
        JsonNode action = step.get("actions").get(1);
        assertEquals(List.of("name", "index", "step", "status", "exit_code", "start_time", "end_time", "run_time_millis",
                "has_output", "output_url", "truncated", "failed", "type", "background", "parallel"), names(action));
        JsonNode sent = in.get("steps").get(3).get("actions").get(1);
        for (String field : names(action)) {
            assertEquals(sent.get(field), action.get(field), "action field " + field);
        }
        assertTrue(action.path("allocation_id").isMissingNode(), "unknown fields are not passed through");
        assertTrue(out.path("picard").isMissingNode(), "unknown fields are not passed through");
        E2e.assertOnlyRequest(wm, BUILD_PATH);
    }

    @Test
    void jsonOfABuildWithoutStepsHasAnEmptyList() throws Exception {
        answer("{\"build_num\":123,\"status\":\"queued\",\"lifecycle\":\"queued\"}");

        TestContext.Result r = run("build", "123", "-p", SLUG, "--json");

        assertEquals(0, r.exitCode(), r::toString);
        JsonNode out = MAPPER.readTree(r.stdout());
        assertTrue(out.get("steps").isArray() && out.get("steps").isEmpty(), r::toString);
        assertTrue(out.get("subject").isNull(), r::toString);
    }

    @ParameterizedTest
    @CsvSource({
            "success, finished, 0", "fixed, finished, 0",
            "failed, finished, 6", "timedout, finished, 6", "infrastructure_fail, finished, 6",
            "canceled, finished, 7", "not_run, not_run, 7",
            "running, running, 8", "queued, queued, 8", "scheduled, scheduled, 8", "not_running, not_running, 8",
            "terminated-unknown, finished, 1", "on_hold, on_hold, 8"})
    void exitStatusReportsTheBuildsResultWithAndWithoutJson(String status, String lifecycle, int code) {
        answer(build123(status, lifecycle));

        TestContext.Result shown = run("build", "123", "-p", SLUG, "--exit-status");
        TestContext.Result json = run("build", "123", "-p", SLUG, "--exit-status", "--json");
        TestContext.Result plain = run("build", "123", "-p", SLUG);

        assertEquals(code, shown.exitCode(), shown::toString);
        assertTrue(shown.stdout().contains("status\t" + status), shown::toString);
        assertEquals(code, json.exitCode(), json::toString);
        assertTrue(json.stdout().contains("\"status\": \"" + status + "\""), json::toString);
        assertEquals(0, plain.exitCode(), "without --exit-status a shown build exits 0: " + plain);
    }

    @Test
    void notFoundIsExit5AndOneLine() {
        wm.stubFor(get(urlEqualTo(BUILD_PATH)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", JSON).withBody("{\"message\":\"Build not found\"}")));

        TestContext.Result r = run("build", "123", "-p", SLUG);

        assertOneErrorLine(r, 5);
        assertTrue(r.stderr().contains("build #123 of github/acme/svc not found"), r::toString);
        E2e.assertOnlyRequest(wm, BUILD_PATH);
    }

    @Test
    void aServerErrorIsRetriedLikeEveryRead() {
        wm.stubFor(get(urlEqualTo(BUILD_PATH)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        wm.stubFor(get(urlEqualTo(BUILD_PATH)).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(okForContentType(JSON, build123("success", "finished"))));

        TestContext.Result r = run("build", "123", "-p", SLUG, "--exit-status");

        assertEquals(0, r.exitCode(), r::toString);
        wm.verify(2, getRequestedFor(urlEqualTo(BUILD_PATH)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "00", "2147483648", "99999999999999999999", "abc", "12a", "1/2", "../123", "..", "%2F",
            "12%2F3", " 12", "12 ", "1 2", "1\t2", "12\n", "\u001b[31m12", "12\u0000", "", "#", "##12", "+12", "1e3",
            "0x1F", "١٢", "１２", "12.0", "12/", "123?x=1", "123#4"})
    void aBadBuildNumberIsAUsageErrorAndNoRequest(String number) {
        TestContext.Result r = run("build", "-p", SLUG, "--", number);

        assertOneErrorLine(r, 2);
        assertTrue(r.stderr().contains("build number"), r::toString);
        E2e.assertNoRequest(wm);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-123", "--5"})
    void aNegativeBuildNumberIsAUsageErrorAndNoRequest(String number) {
        TestContext.Result r = run("build", number, "-p", SLUG);

        assertOneErrorLine(r, 2);
        E2e.assertNoRequest(wm);
    }

    @Test
    void aHashBeforeTheNumberAndTheViewAliasWork() {
        answer(build123("success", "finished"));

        TestContext.Result hash = run("build", "#123", "-p", SLUG, "--exit-status");
        TestContext.Result alias = run("view", "123", "-p", SLUG, "--exit-status");

        assertEquals(0, hash.exitCode(), hash::toString);
        assertEquals(0, alias.exitCode(), alias::toString);
        assertEquals(hash.stdout(), alias.stdout());
        wm.verify(2, getRequestedFor(urlEqualTo(BUILD_PATH)));
    }

    @Test
    void webOpensTheBuildsPageAndPrintsNothingOnStdout() {
        answer(build123("failed", "finished"));
        List<URI> opened = new ArrayList<>();

        TestContext.Result r = E2e.context(wm, dir).browser(page -> opened.add(page)).run("build", "123", "-p", SLUG, "--web");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(List.of(URI.create("https://circleci.com/gh/acme/svc/123")), opened);
        assertEquals("", r.stdout());
        assertEquals("Opening https://circleci.com/gh/acme/svc/123 in your browser.\n", r.stderr());
        E2e.assertOnlyRequest(wm, BUILD_PATH);
    }

    @Test
    void webPrintsTheAddressWhenNoBrowserCanBeStarted() {
        answer(build123("failed", "finished"));
        List<URI> opened = new ArrayList<>();

        TestContext.Result r = E2e.context(wm, dir).browser(page -> !opened.add(page))
                .run("build", "123", "-p", SLUG, "--web", "--exit-status");

        assertEquals(6, r.exitCode(), r::toString);
        assertEquals(1, opened.size());
        assertEquals("https://circleci.com/gh/acme/svc/123\n", r.stdout());
        assertEquals(1, r.stderrLines().size(), r::toString);
        assertTrue(r.stderr().startsWith("circle-view: no browser could be started"), r::toString);

        TestContext.Result tty = E2e.context(wm, dir).terminal(true, true, 100).browser(page -> false).run("build", "123", "-p", SLUG, "--web");
        String url = "https://circleci.com/gh/acme/svc/123";
        assertEquals("\u001b]8;;" + url + "\u001b\\" + url + "\u001b]8;;\u001b\\\n", tty.stdout(), "a link on a colour terminal");
    }

    @Test
    void webNeverOpensAnAddressThatIsNotPlainHttp() throws Exception {
        answer(build123("build-4813-hostile").replace("https://circleci.com/gh/acme/svc/123", "javascript:alert(1)"));
        List<URI> opened = new ArrayList<>();

        TestContext.Result r = E2e.context(wm, dir).browser(page -> opened.add(page)).run("build", "123", "-p", SLUG, "--web");

        assertOneErrorLine(r, 1);
        assertTrue(opened.isEmpty(), opened::toString);
    }

    @Test
    void webWithJsonIsAUsageErrorAndNoRequest() {
        TestContext.Result r = run("build", "123", "-p", SLUG, "--web", "--json");

        assertOneErrorLine(r, 2);
        E2e.assertNoRequest(wm);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
