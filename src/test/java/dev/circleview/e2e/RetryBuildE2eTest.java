package dev.circleview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.circleview.core.Version;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
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

/** {@code circle-view retry} against a real HTTP server: the exact requests and what is printed. */
class RetryBuildE2eTest {
    static final String RETRY = PROJECT_PATH + "/41/retry";
    /** The new build in the builds format: the subject field is the commit subject alone, the author the commit's. */
    static final String PIPED_42 = "queued\t42\tFix flaky login test\ttest\tbuild-test-deploy\tmain\t"
            + "3f9c2e1d4b5a69788796a5b4c3d2e1f0a9b8c7d6\tCarol\t\t\n";

    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    private static void stubPost(String path, String body) {
        wm.stubFor(post(urlEqualTo(path)).willReturn(okForContentType(JSON, body)));
    }

    /** Exactly one request was made, a POST to {@code path} with the API's headers and no body. */
    static void verifyOnePost(WireMockExtension wm, String path) {
        wm.verify(1, postRequestedFor(urlEqualTo(path))
                .withHeader("Circle-Token", equalTo(TOKEN))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("User-Agent", equalTo("circle-view/" + Version.current() + " (Java "
                        + Runtime.version().feature() + ")"))
                .withHeader("Content-Type", absent()));
        wm.verify(1, anyRequestedFor(anyUrl()));
        LoggedRequest request = wm.getAllServeEvents().get(0).getRequest();
        assertEquals(0, request.getBody().length, "a body was sent");
        assertFalse(request.getUrl().contains(TOKEN));
        assertTrue(wm.findAllUnmatchedRequests().isEmpty());
    }

    @Test
    void onATerminalPrintsTheNewNumberAndItsPage() {
        stubPost(RETRY, fixture("build-retried.json"));

        TestContext.Result r = E2e.context(wm, dir).terminal(true, false, 100).run("retry", "41", "-p", SLUG);

        assertAll(r.toString(),
                () -> assertEquals(0, r.exitCode()),
                () -> assertEquals("✓ Retried #41 as #42: https://circleci.com/gh/acme/svc/42\n  status: queued\n", r.stdout()),
                () -> assertEquals("", r.stderr()));
        verifyOnePost(wm, RETRY);
    }

    @Test
    void colourOnlyWhenColourIsOn() {
        stubPost(RETRY, fixture("build-retried.json"));

        TestContext.Result plain = E2e.context(wm, dir).terminal(true, false, 100).run("retry", "41", "-p", SLUG);
        TestContext.Result coloured = E2e.context(wm, dir).terminal(true, true, 100).run("retry", "41", "-p", SLUG);
        TestContext.Result never = E2e.context(wm, dir).terminal(true, true, 100).run("retry", "41", "-p", SLUG, "--color", "never");

        assertEquals(0, coloured.exitCode(), coloured::toString);
        assertTrue(coloured.stdout().contains("\u001b[32m✓\u001b[0m"), coloured::toString);
        assertTrue(coloured.stdout().contains("\u001b[33mqueued\u001b[0m"), coloured::toString);
        assertTrue(coloured.stdout().contains("\u001b]8;;https://circleci.com/gh/acme/svc/42\u001b\\#42\u001b]8;;\u001b\\"),
                coloured::toString);
        assertEquals(plain.stdout(), coloured.stdout().replaceAll("\u001b\\[[0-9;]*m", "").replaceAll("\u001b]8;;[^\u001b]*\u001b\\\\", ""));
        assertEquals(plain.stdout(), never.stdout());
    }

    @Test
    void pipedPrintsTheNewBuildAsOneBuildsLine() {
        stubPost(RETRY, fixture("build-retried.json"));

        TestContext.Result r = E2e.context(wm, dir).run("retry", "41", "-p", SLUG);

        assertAll(r.toString(),
                () -> assertEquals(0, r.exitCode()),
                () -> assertEquals(PIPED_42, r.stdout()),
                () -> assertEquals("", r.stderr()));
        verifyOnePost(wm, RETRY);
    }

    @Test
    void aHashBeforeTheNumberIsAccepted() {
        stubPost(RETRY, fixture("build-retried.json"));

        TestContext.Result r = E2e.context(wm, dir).run("retry", "#41", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(PIPED_42, r.stdout());
        verifyOnePost(wm, RETRY);
    }

    @Test
    void sshRetriesWithTheSshEndpoint() {
        stubPost(PROJECT_PATH + "/41/ssh", fixture("build-retried.json"));

        TestContext.Result r = E2e.context(wm, dir).terminal(true, false, 100).run("retry", "41", "--ssh", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("✓ Retried #41 with SSH as #42: https://circleci.com/gh/acme/svc/42\n  status: queued\n", r.stdout());
        verifyOnePost(wm, PROJECT_PATH + "/41/ssh");
    }

    @Test
    void jsonIsTheNewBuildWithTheFieldsOfBuildsJson() throws Exception {
        stubPost(RETRY, fixture("build-retried.json"));

        TestContext.Result r = E2e.context(wm, dir).terminal(true, true, 100).run("retry", "41", "-p", SLUG, "--json");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stderr());
        assertFalse(r.stdout().contains("\u001b"));
        assertTrue(r.stdout().startsWith("{\n") && r.stdout().endsWith("}\n"), r.stdout());
        JsonNode out = new ObjectMapper().readTree(r.stdout());
        assertEquals(List.of("build_num", "status", "lifecycle", "outcome", "subject", "retry_of", "job_name", "workflows",
                "branch", "vcs_tag", "vcs_revision", "username", "reponame", "vcs_type", "build_url", "user", "author_name",
                "committer_name", "why", "queued_at", "start_time", "stop_time", "build_time_millis", "parallel", "platform", "dont_build", "messages"),
                names(out));
        assertEquals(42, out.get("build_num").asInt());
        assertEquals(41, out.get("retry_of").asInt());
        assertEquals("queued", out.get("status").asText());
        assertEquals("https://circleci.com/gh/acme/svc/42", out.get("build_url").asText());
        assertTrue(out.get("start_time").isNull());
        verifyOnePost(wm, RETRY);
    }

    @Test
    void lastRetriesTheNewestBuild() {
        wm.stubFor(get(urlEqualTo(PROJECT_PATH + "?limit=5&offset=0")).willReturn(okForContentType(JSON, E2e.builds(41, 1))));
        stubPost(RETRY, fixture("build-retried.json"));

        TestContext.Result r = E2e.context(wm, dir).terminal(true, false, 100).run("retry", "--last", "--all-branches", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("✓ Retried #41 as #42: https://circleci.com/gh/acme/svc/42\n  status: queued\n", r.stdout());
        assertListThenRetry(PROJECT_PATH + "?limit=5&offset=0");
    }

    @Test
    void lastWithABranchRetriesTheNewestBuildOfThatBranch() {
        String list = PROJECT_PATH + "/tree/feature%2Fx?limit=5&offset=0";
        wm.stubFor(get(urlEqualTo(list)).willReturn(okForContentType(JSON, E2e.builds(41, 1))));
        stubPost(RETRY, fixture("build-retried.json"));

        TestContext.Result r = E2e.context(wm, dir).run("retry", "--last", "--branch", "feature/x", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(PIPED_42, r.stdout());
        assertListThenRetry(list);
    }

    private static void assertListThenRetry(String list) {
        wm.verify(1, getRequestedFor(urlEqualTo(list)).withHeader("Circle-Token", equalTo(TOKEN))
                .withHeader("Accept", equalTo("application/json")));
        wm.verify(1, postRequestedFor(urlEqualTo(RETRY)).withHeader("Circle-Token", equalTo(TOKEN))
                .withHeader("Accept", equalTo("application/json")));
        wm.verify(2, anyRequestedFor(anyUrl()));
        // serve events are newest first
        assertEquals("POST", wm.getAllServeEvents().get(0).getRequest().getMethod().value());
        assertEquals("GET", wm.getAllServeEvents().get(1).getRequest().getMethod().value());
    }

    @Test
    void lastWithoutBuildsIsNotFoundAndRetriesNothing() {
        String list = PROJECT_PATH + "/tree/gone?limit=5&offset=0";
        wm.stubFor(get(urlEqualTo(list)).willReturn(okForContentType(JSON, "[]")));

        TestContext.Result r = E2e.context(wm, dir).run("retry", "--last", "-b", "gone", "-p", SLUG);

        assertOneErrorLine(r, 5);
        assertEquals("circle-view: no builds found for github/acme/svc on branch gone, so none to retry; "
                + "check the branch name, or give --all-branches\n", r.stderr());
        wm.verify(1, getRequestedFor(urlEqualTo(list)));
        wm.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void numberAndLastTogetherOrNeitherAreUsageErrors() {
        for (String[] args : List.of(
                new String[]{"retry", "41", "--last", "-p", SLUG},
                new String[]{"retry", "-p", SLUG},
                new String[]{"retry", "41", "--branch", "main", "-p", SLUG},
                new String[]{"retry", "--last", "--branch", "a b", "-p", SLUG},
                new String[]{"retry", "41", "42", "-p", SLUG})) {
            TestContext.Result r = E2e.context(wm, dir).run(args);
            assertOneErrorLine(r, 2);
        }
        assertNoRequest(wm);
    }

    @Test
    void serverTextIsSanitisedOnATerminal() {
        stubPost(RETRY, "{\"build_num\": 42, \"status\": \"que\\u001b[2Jued\\u0007\","
                + " \"build_url\": \"https://circleci.com/gh/acme/svc/42\\u001b]8;;https://evil.example\\u0007\\r\\n\"}");

        TestContext.Result r = E2e.context(wm, dir).terminal(true, true, 100).run("retry", "41", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        String withoutOurColour = r.stdout().replaceAll("\u001b\\[(32|0)m", "");
        assertEquals("✓ Retried #41 as #42: https://circleci.com/gh/acme/svc/42  \n  status: queued\n", withoutOurColour);
        assertFalse(r.stdout().contains("\u0007") || r.stdout().contains("\r"), r::toString);
    }

    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
