package dev.circleview.e2e;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static dev.circleview.e2e.E2e.FIRST_PAGE;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.SLUG;
import static dev.circleview.e2e.E2e.TOKEN;
import static dev.circleview.e2e.E2e.assertCleanRequests;
import static dev.circleview.e2e.E2e.assertOneErrorLine;
import static dev.circleview.e2e.E2e.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every way the API can fail, each ending in one line on stderr and the documented exit code. */
class ApiErrorsE2eTest {
    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    private TestContext context;

    private TestContext.Result run(String... extra) {
        if (context == null) {
            context = E2e.context(wm, dir);
        }
        String[] args = new String[3 + extra.length];
        args[0] = "builds";
        args[1] = "-p";
        args[2] = SLUG;
        System.arraycopy(extra, 0, args, 3, extra.length);
        return context.run(args);
    }

    private static void answer(ResponseDefinitionBuilder response) {
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(response));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", JSON).withBody(body);
    }

    /** The first answer is {@code first}, every later one {@code then}. */
    private static void answerThen(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first).willSetStateTo("recovered"));
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(then));
    }

    private static void assertRequests(int n) {
        wm.verify(n, getRequestedFor(urlEqualTo(FIRST_PAGE)));
        wm.verify(n, getRequestedFor(urlMatching(".*")));
        assertCleanRequests(wm);
    }

    @Test
    void unauthorizedWithATokenIsAnAuthError() {
        answer(json(401, "{\"message\":\"You must log in first.\"}"));

        TestContext.Result r = run();

        assertOneErrorLine(r, 4);
        assertEquals("circle-view: CircleCI rejected the token (HTTP 401): You must log in first; check that "
                + "CIRCLECI_AUTH_TOKEN holds a valid personal API token with access to project github/acme/svc\n", r.stderr());
        assertRequests(1);
        assertTrue(context.sleeps().isEmpty(), "401 is not retried");
    }

    @Test
    void unauthorizedWithoutATokenSaysToSetOne() {
        answer(json(401, "{\"message\":\"You must log in first.\"}"));
        context = E2e.context(wm, dir).env("CIRCLECI_AUTH_TOKEN", null);

        TestContext.Result r = run();

        assertOneErrorLine(r, 4);
        assertTrue(r.stderr().startsWith("circle-view: CircleCI needs a token (HTTP 401)"), r::toString);
        assertTrue(r.stderr().contains("set CIRCLECI_AUTH_TOKEN to a CircleCI personal API token"), r::toString);
        assertRequests(1);
    }

    @Test
    void forbiddenIsAnAuthError() {
        answer(json(403, "{\"message\":\"Permission denied\"}"));

        TestContext.Result r = run();

        assertOneErrorLine(r, 4);
        assertTrue(r.stderr().startsWith("circle-view: CircleCI rejected the token (HTTP 403): Permission denied; "), r::toString);
        assertRequests(1);
    }

    @Test
    void notFoundNamesTheProject() {
        answer(json(404, "{\"message\":\"Project not found\"}"));

        TestContext.Result r = run();

        assertOneErrorLine(r, 5);
        assertTrue(r.stderr().startsWith("circle-view: project github/acme/svc not found on CircleCI (HTTP 404): "
                + "Project not found; "), r::toString);
        assertRequests(1);
        assertTrue(context.sleeps().isEmpty(), "404 is not retried");
    }

    @Test
    void notFoundWithoutATokenSaysPrivateProjectsNeedOne() {
        answer(json(404, "{\"message\":\"Project not found\"}"));
        context = E2e.context(wm, dir).env("CIRCLECI_AUTH_TOKEN", null);

        TestContext.Result r = run();

        assertOneErrorLine(r, 5);
        assertTrue(r.stderr().contains("private projects also need a token: set CIRCLECI_AUTH_TOKEN"), r::toString);
    }

    @Test
    void jsonOutputFailsWithTheSameExitCodes() {
        answer(json(404, "{\"message\":\"Project not found\"}"));

        TestContext.Result r = run("--json");

        assertOneErrorLine(r, 5);
    }

    @Test
    void notFoundAsAnHtmlPageStillNamesTheProject() {
        answer(aResponse().withStatus(404).withHeader("Content-Type", "text/html").withBody(fixture("not-found.html")));

        TestContext.Result r = run();

        assertOneErrorLine(r, 5);
        assertTrue(r.stderr().startsWith("circle-view: project github/acme/svc not found on CircleCI (HTTP 404); "), r::toString);
    }

    @Test
    void githubErrorNestedInTheMessageIsUnwrapped() {
        answer(json(404, "{\"message\":\"{\\\"message\\\":\\\"Not Found\\\",\\\"documentation_url\\\":"
                + "\\\"https://developer.github.com/v3\\\"}\"}"));

        TestContext.Result r = run();

        assertOneErrorLine(r, 5);
        assertTrue(r.stderr().contains("(HTTP 404): Not Found; "), r::toString);
    }

    @Test
    void rateLimitedOnEveryAttemptWaitsAsAskedThenGivesUp() {
        answer(json(429, "{\"message\":\"Rate-Limit exceeded, retry after: 2\"}").withHeader("Retry-After", "2"));

        TestContext.Result r = run();

        assertOneErrorLine(r, 9);
        assertTrue(r.stderr().startsWith("circle-view: CircleCI is limiting requests (HTTP 429)"), r::toString);
        assertEquals(Collections.nCopies(3, Duration.ofSeconds(2)), context.sleeps());
        assertRequests(4);
    }

    @Test
    void onATerminalEachLongWaitIsAnnounced() {
        answer(json(429, "").withHeader("Retry-After", "2"));
        context = E2e.context(wm, dir).terminal(true, false, 100);

        TestContext.Result r = run();

        assertEquals(9, r.exitCode(), r::toString);
        assertEquals(List.of(
                "circle-view: CircleCI is limiting requests (HTTP 429); trying again in 2 s (2 of 4)",
                "circle-view: CircleCI is limiting requests (HTTP 429); trying again in 2 s (3 of 4)",
                "circle-view: CircleCI is limiting requests (HTTP 429); trying again in 2 s (4 of 4)",
                "circle-view: CircleCI is limiting requests (HTTP 429); try again in 2 s"), r.stderrLines(), r::toString);
        assertEquals("", r.stdout());
    }

    @Test
    void retriesFlagSetsHowOftenToTryAgain() {
        answer(json(429, "").withHeader("Retry-After", "2"));

        TestContext.Result r = run("--retries", "1");

        assertOneErrorLine(r, 9);
        assertEquals(List.of(Duration.ofSeconds(2)), context.sleeps());
        assertRequests(2);
    }

    @Test
    void noRetriesMeansOneRequest() {
        answer(json(500, ""));

        TestContext.Result r = run("--retries", "0");

        assertOneErrorLine(r, 9);
        assertTrue(context.sleeps().isEmpty());
        assertRequests(1);
    }

    @Test
    void rateLimitedOnceThenServed() {
        answerThen(json(429, "").withHeader("Retry-After", "2"), okForContentType(JSON, fixture("builds-30.json")));

        TestContext.Result r = run();

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(fixture("builds-30.tsv"), r.stdout());
        assertEquals("", r.stderr());
        assertEquals(List.of(Duration.ofSeconds(2)), context.sleeps());
        assertRequests(2);
    }

    @Test
    void serverErrorOnEveryAttemptBacksOffThenGivesUp() {
        answer(json(500, ""));

        TestContext.Result r = run();

        assertOneErrorLine(r, 9);
        assertEquals("circle-view: CircleCI is unavailable (HTTP 500); try again later; "
                + "https://status.circleci.com shows incidents\n", r.stderr());
        assertRequests(4);
        List<Duration> sleeps = context.sleeps();
        assertEquals(3, sleeps.size(), sleeps::toString);
        for (Duration d : sleeps) {
            assertTrue(d.compareTo(Duration.ofMillis(100)) >= 0 && d.compareTo(Duration.ofSeconds(8)) <= 0, sleeps::toString);
        }
    }

    @Test
    void unavailableOnceThenServed() {
        answerThen(aResponse().withStatus(503).withHeader("Content-Type", "text/html").withBody("<html>busy</html>"),
                okForContentType(JSON, fixture("builds-30.json")));

        TestContext.Result r = run();

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(fixture("builds-30.tsv"), r.stdout());
        assertEquals("", r.stderr());
        assertEquals(1, context.sleeps().size());
        assertRequests(2);
    }

    @Test
    void htmlWithStatus200IsAnUnexpectedResponse() {
        answer(aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody(fixture("not-found.html")));

        TestContext.Result r = run();

        assertOneErrorLine(r, 1);
        assertTrue(r.stderr().startsWith("circle-view: unexpected response from CircleCI (HTTP 200): expected JSON; "
                + "it starts \"<!DOCTYPE html>\\n<html lang=\"en\">\\n<head>\\n  <title>\\u001b[2JPage no\"; "), r::toString);
        assertTrue(r.stderr().contains("--api-url"), r::toString);
        assertRequests(1);
        assertTrue(context.sleeps().isEmpty(), "a bad body is not retried");
    }

    @Test
    void ednBodyIsAnUnexpectedResponse() {
        answer(aResponse().withStatus(200).withHeader("Content-Type", "application/edn").withBody(fixture("builds.edn")));

        TestContext.Result r = run();

        assertOneErrorLine(r, 1);
        assertTrue(r.stderr().startsWith("circle-view: unexpected response from CircleCI (HTTP 200): expected JSON; "
                + "it starts \"({:compare nil, :build_num 1230"), r::toString);
    }

    @Test
    void objectWhereAListBelongsIsAnUnexpectedResponse() {
        answer(okForContentType(JSON, "{\"message\":\"Project not found\"}"));

        TestContext.Result r = run();

        assertOneErrorLine(r, 1);
        assertTrue(r.stderr().startsWith("circle-view: unexpected response from CircleCI (HTTP 200): "
                + "expected a list of builds, got an object; it starts \"{\"message\":\"Project not found\"}\"; "),
                r::toString);
    }

    @Test
    void listOfSomethingElseIsAnUnexpectedResponse() {
        answer(okForContentType(JSON, "[\"a\", \"b\"]"));

        TestContext.Result r = run();

        assertOneErrorLine(r, 1);
        assertTrue(r.stderr().contains("unexpected response"), r::toString);
    }

    @Test
    void emptyBodyIsAnUnexpectedResponse() {
        answer(aResponse().withStatus(200).withHeader("Content-Type", JSON));

        TestContext.Result r = run();

        assertOneErrorLine(r, 1);
        assertTrue(r.stderr().startsWith("circle-view: unexpected response from CircleCI (HTTP 200): "), r::toString);
        assertTrue(r.stderr().contains("empty"), r::toString);
    }

    @Test
    void jsonNullIsAnUnexpectedResponse() {
        answer(okForContentType(JSON, "null"));

        TestContext.Result r = run();

        assertOneErrorLine(r, 1);
        assertTrue(r.stderr().contains("unexpected response"), r::toString);
    }

    @Test
    void truncatedJsonIsAnUnexpectedResponse() {
        answer(okForContentType(JSON, fixture("builds-30.json").substring(0, 2000)));

        TestContext.Result r = run();

        assertOneErrorLine(r, 1);
        assertTrue(r.stderr().contains("unexpected response"), r::toString);
    }

    @Test
    void redirectToAnotherHostIsNotFollowed() {
        answer(aResponse().withStatus(302).withHeader("Location", "https://elsewhere.example/api/v1.1/project/github/acme/svc"));

        TestContext.Result r = run();

        assertOneErrorLine(r, 1);
        assertTrue(r.stderr().contains("redirected project github/acme/svc to another host (elsewhere.example); "
                + "not following it, so the token is not sent there"), r::toString);
        assertRequests(1);
    }

    @Test
    void redirectWithinTheApiOriginIsFollowedWithTheToken() {
        answer(aResponse().withStatus(301).withHeader("Location", "/api/v1.1/project/github/acme/moved?limit=30&offset=0"));
        wm.stubFor(get(urlEqualTo("/api/v1.1/project/github/acme/moved?limit=30&offset=0"))
                .willReturn(json(200, "[{\"build_num\": 7, \"status\": \"success\"}]")));

        TestContext.Result r = run();

        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().startsWith("success\t7\t"), r::toString);
        wm.verify(getRequestedFor(urlEqualTo("/api/v1.1/project/github/acme/moved?limit=30&offset=0"))
                .withHeader("Circle-Token", equalTo(TOKEN)));
    }

    @Test
    void aRedirectLoopEndsInOneError() {
        answer(aResponse().withStatus(302).withHeader("Location", FIRST_PAGE));

        TestContext.Result r = run();

        assertOneErrorLine(r, 1);
        assertTrue(r.stderr().contains("too many redirects (HTTP 302)"), r::toString);
        assertRequests(6); // the first request and five redirects followed
    }

    @Test
    void connectionRefusedIsUnavailable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        context = new TestContext(dir).env("CIRCLE_VIEW_API_URL", "http://localhost:" + port + "/api/v1.1")
                .env("CIRCLECI_AUTH_TOKEN", TOKEN);

        TestContext.Result r = run();

        assertOneErrorLine(r, 9);
        assertEquals("circle-view: cannot reach CircleCI at localhost: connection refused; "
                + "check your network, proxy and --api-url\n", r.stderr());
        assertEquals(3, context.sleeps().size(), "connection errors are retried");
    }

    @Test
    void noAnswerWithinTheTimeoutIsUnavailable() {
        answer(okForContentType(JSON, "[]").withFixedDelay(5_000));

        long start = System.nanoTime();
        TestContext.Result r = run("--timeout", "1");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertOneErrorLine(r, 9);
        assertTrue(r.stderr().startsWith("circle-view: CircleCI did not answer within 1 s; "), r::toString);
        assertTrue(took.compareTo(Duration.ofSeconds(4)) < 0, "took " + took);
        assertTrue(took.compareTo(Duration.ofMillis(900)) > 0, "took " + took);
    }

    @Test
    void debugShowsATraceButNeverTheToken() {
        answer(json(500, "{\"message\":\"boom\"}"));

        TestContext.Result r = run("--debug", "--retries", "1");

        assertEquals(9, r.exitCode(), r::toString);
        assertEquals("", r.stdout());
        assertTrue(r.stderr().contains("Circle-Token: ***"), r::toString);
        assertTrue(r.stderr().contains("circle-view: CircleCI is unavailable (HTTP 500): boom; "), r::toString);
        assertTrue(r.stderr().contains("\tat dev.circleview."), "--debug shows the stack trace");
        assertFalse(r.stderr().contains(TOKEN), r::toString);
        assertRequests(2);
    }

    @Test
    void serverMessagesAreSanitised() {
        answer(json(403, "{\"message\":\"denied \\u001b]8;;http://evil\\u0007click\\u001b]8;;\\u0007\\r\\nnext line\"}"));

        TestContext.Result r = run();

        assertOneErrorLine(r, 4);
        assertTrue(r.stderr().contains("denied \\u001b]8;;http://evil\\u0007click"), r::toString);
    }
}
