package dev.circleview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.PROJECT_PATH;
import static dev.circleview.e2e.E2e.SLUG;
import static dev.circleview.e2e.E2e.TOKEN;
import static dev.circleview.e2e.E2e.assertNoRequest;
import static dev.circleview.e2e.E2e.assertOneErrorLine;
import static dev.circleview.e2e.E2e.fixture;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code circle-view trigger} against a real HTTP server: the exact request, its JSON body, and what is printed. */
class TriggerBuildE2eTest {
    static final String MAIN = PROJECT_PATH + "/tree/main";
    static final String SHA = "3f9c2e1d4b5a69788796a5b4c3d2e1f0a9b8c7d6";

    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    /** The trigger answers 201 with the new build, whatever the body; the body is checked afterwards. */
    private static void answer(String path) {
        wm.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", JSON).withBody(fixture("build-triggered.json"))));
    }

    /** Exactly one request: a POST to {@code path} with the API's headers and exactly {@code json} as its body. */
    private static void verifyOneTrigger(String path, String json) {
        wm.verify(1, postRequestedFor(urlEqualTo(path))
                .withHeader("Circle-Token", equalTo(TOKEN))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(json)));
        wm.verify(1, anyRequestedFor(anyUrl()));
        assertTrue(wm.findAllUnmatchedRequests().isEmpty());
    }

    @Test
    void aBranchAloneSendsAnEmptyObject() {
        answer(MAIN);

        TestContext.Result r = E2e.context(wm, dir).terminal(true, false, 100).run("trigger", "-b", "main", "-p", SLUG);

        assertAll(r.toString(),
                () -> assertEquals(0, r.exitCode()),
                () -> assertEquals("✓ Triggered #43 on main: https://circleci.com/gh/acme/svc/43\n  status: not_running\n",
                        r.stdout()),
                () -> assertEquals("", r.stderr()));
        verifyOneTrigger(MAIN, "{}");
    }

    @Test
    void revisionAndParametersGoInTheBodyAndTheBranchIsOneSegment() {
        String path = PROJECT_PATH + "/tree/feature%2Fx";
        answer(path);

        TestContext.Result r = E2e.context(wm, dir).run("trigger", "--branch", "feature/x", "--revision", SHA,
                "--param", "DEPLOY=staging", "--param", "NOTE=say \"hi\" \\ é\n", "--param", "EMPTY=", "--param", "EQ=a=b",
                "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        verifyOneTrigger(path, "{\"revision\": \"" + SHA + "\", \"build_parameters\": {\"DEPLOY\": \"staging\", "
                + "\"NOTE\": \"say \\\"hi\\\" \\\\ é\\n\", \"EMPTY\": \"\", \"EQ\": \"a=b\"}}");
    }

    @Test
    void aRevisionAlone() {
        answer(MAIN);

        TestContext.Result r = E2e.context(wm, dir).run("trigger", "-b", "main", "--revision", "3F9C2E1", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        verifyOneTrigger(MAIN, "{\"revision\": \"3F9C2E1\"}");
    }

    @Test
    void parametersAlone() {
        answer(MAIN);

        TestContext.Result r = E2e.context(wm, dir).run("trigger", "-b", "main", "--param", "DEPLOY=staging", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        verifyOneTrigger(MAIN, "{\"build_parameters\": {\"DEPLOY\": \"staging\"}}");
    }

    @Test
    void pipedPrintsTheNewBuildAsOneBuildsLine() {
        answer(MAIN);

        TestContext.Result r = E2e.context(wm, dir).run("trigger", "-b", "main", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("not_running\t43\t\tbuild\t\tmain\t0be9a55c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a\t\t\t\n", r.stdout());
        assertEquals("", r.stderr());
    }

    @Test
    void jsonIsTheNewBuild() throws Exception {
        answer(MAIN);

        TestContext.Result r = E2e.context(wm, dir).run("trigger", "-b", "main", "-p", SLUG, "--json");

        assertEquals(0, r.exitCode(), r::toString);
        JsonNode out = new ObjectMapper().readTree(r.stdout());
        assertEquals(43, out.get("build_num").asInt());
        assertEquals("api", out.get("why").asText());
        assertEquals("none", out.get("user").get("login").asText());
        assertEquals(27, RetryBuildE2eTest.names(out).size());
        verifyOneTrigger(MAIN, "{}");
    }

    @Test
    void theBranchDefaultsToTheCheckoutsBranch() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/feature/login\n");
        Path deep = Files.createDirectories(dir.resolve("src/main"));
        String path = PROJECT_PATH + "/tree/feature%2Flogin";
        answer(path);

        TestContext.Result r = new TestContext(deep).env("CIRCLE_VIEW_API_URL", E2e.apiUrl(wm)).env("CIRCLECI_AUTH_TOKEN", TOKEN)
                .terminal(true, false, 100).run("trigger", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        // the build's own branch is shown, as CircleCI reports it
        assertTrue(r.stdout().startsWith("✓ Triggered #43 on main: "), r::toString);
        verifyOneTrigger(path, "{}");
    }

    @Test
    void withoutABranchOutsideACheckoutOrOnADetachedHeadIsAUsageError() throws Exception {
        TestContext.Result outside = E2e.context(wm, dir).run("trigger", "-p", SLUG);
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), SHA + "\n");
        TestContext.Result detached = E2e.context(wm, dir).run("trigger", "-p", SLUG);

        for (TestContext.Result r : new TestContext.Result[]{outside, detached}) {
            assertOneErrorLine(r, 2);
            assertTrue(r.stderr().startsWith("circle-view: which branch? give --branch NAME"), r::toString);
        }
        assertNoRequest(wm);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xyz1234", "3f9c2e", "3f9c2e1d4b5a69788796a5b4c3d2e1f0a9b8c7d6a", "3f9c2e1 ", " 3f9c2e1",
            "3f9c2e1;rm", "HEAD", "main", "", "3f9c2e1\n", "３f9c2e1"})
    void aRevisionThatIsNotAShaIsAUsageError(String revision) {
        TestContext.Result r = E2e.context(wm, dir).run("trigger", "-b", "main", "--revision", revision, "-p", SLUG);

        assertOneErrorLine(r, 2);
        assertTrue(r.stderr().startsWith("circle-view: invalid revision \""), r::toString);
        assertNoRequest(wm);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEPLOY", "=s3cret", "", "A B=s3cret", "A\u001b=s3cret", "\t=s3cret"})
    void aParamWithoutAKeyAndValueIsAUsageError(String param) {
        TestContext.Result r = E2e.context(wm, dir).run("trigger", "-b", "main", "--param", param, "-p", SLUG);

        assertOneErrorLine(r, 2);
        assertTrue(r.stderr().startsWith("circle-view: invalid --param \""), r::toString);
        assertFalse(r.stderr().contains("s3cret"), "the value is not echoed: " + r.stderr());
        assertNoRequest(wm);
    }

    @Test
    void aParamGivenTwiceIsAUsageError() {
        TestContext.Result r = E2e.context(wm, dir).run("trigger", "-b", "main", "--param", "A=1", "--param", "A=2", "-p", SLUG);

        assertOneErrorLine(r, 2);
        assertTrue(r.stderr().contains("is given twice"), r::toString);
        assertNoRequest(wm);
    }

    @Test
    void aBadBranchIsAUsageError() {
        for (String branch : new String[]{"..", "a b", "", "x\u001b[2J"}) {
            TestContext.Result r = E2e.context(wm, dir).run("trigger", "-b", branch, "-p", SLUG);
            assertOneErrorLine(r, 2);
        }
        assertNoRequest(wm);
    }

    @Test
    void aRefusalSaysWhyTriggerMayNotWork() {
        wm.stubFor(post(urlEqualTo(MAIN)).willReturn(aResponse().withStatus(400).withHeader("Content-Type", JSON)
                .withBody("{\"message\": \"Cannot trigger builds with API v1.1 for projects using config version 2.1\"}")));

        TestContext.Result r = E2e.context(wm, dir).run("trigger", "-b", "main", "-p", SLUG);

        assertOneErrorLine(r, 1);
        assertEquals("circle-view: CircleCI refused the request (HTTP 400): Cannot trigger builds with API v1.1 for "
                + "projects using config version 2.1; the v1.1 trigger does not work for configs that say "
                + "'version: 2.1'; start those from CircleCI's app or with API v2\n", r.stderr());
        verifyOneTrigger(MAIN, "{}");
    }
}
