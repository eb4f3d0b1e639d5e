package dev.circleview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.app.Installation;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code circle-view doctor} against WireMock: every check on its line, the exit code of the first
 * failure, the two requests builds depends on (with the token), and never the token itself. The
 * clock is fixed, so every latency is 0 ms, except where a test makes it step on each reading.
 */
class DoctorE2eTest {
    static final String ME = "/api/v1.1/me";
    static final String PROJECT = E2e.PROJECT_PATH + "?limit=1&offset=0";

    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    /** An installed layout: PREFIX/share/circle-view with its start-up archive, and the completions beside it. */
    private Installation installation;

    @BeforeEach
    void install() throws IOException {
        Path home = Files.createDirectories(dir.resolve("prefix/share/circle-view"));
        Files.writeString(home.resolve("circle-view.jar"), "jar");
        Path archive = Files.writeString(home.resolve("app.jsa"), "archive");
        Files.setLastModifiedTime(home.resolve("circle-view.jar"), Files.getLastModifiedTime(archive));
        for (String file : List.of("bash-completion/completions/circle-view", "zsh/site-functions/_circle-view",
                "fish/vendor_completions.d/circle-view.fish")) {
            Path path = dir.resolve("prefix/share").resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "# completion");
        }
        installation = new Installation(home, archive, true, "17.0.15+6", Path.of("/opt/jdk-17"));
        Files.createDirectories(dir.resolve("repo"));
    }

    private TestContext context() {
        return new TestContext(dir.resolve("repo")).installation(installation)
                .env("CIRCLE_VIEW_API_URL", E2e.apiUrl(wm)).env("PATH", "/usr/bin:/bin").env("HOME", dir.resolve("home").toString());
    }

    private TestContext annotated() throws IOException {
        Files.writeString(dir.resolve("repo/catalog-info.yaml"), E2e.catalog(E2e.SLUG));
        return context().env("CIRCLECI_AUTH_TOKEN", TOKEN);
    }

    private static void meAnswers() {
        wm.stubFor(get(urlEqualTo(ME)).willReturn(okForContentType(JSON, "{\"login\":\"alice\",\"name\":\"Alice\",\"admin\":null}")));
    }

    private static void projectAnswers() {
        wm.stubFor(get(urlEqualTo(PROJECT)).willReturn(okForContentType(JSON, E2e.builds(30, 1))));
    }

    private static void refused(String path) {
        wm.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(401).withHeader("Content-Type", JSON)
                .withBody("{\"message\":\"You must log in first.\"}")));
    }

    /** The line of check {@code label}, which must be there once. */
    private static String line(TestContext.Result r, String label) {
        List<String> found = new ArrayList<>();
        for (String line : r.stdoutLines()) {
            if (line.length() > 5 && line.substring(5).startsWith(label + " ")) {
                found.add(line);
            }
        }
        assertEquals(1, found.size(), () -> "one line for " + label + ": " + r);
        return found.get(0);
    }

    @Test
    void allGoodExitsZeroAfterTheTwoRequestsBuildsNeeds() throws IOException {
        meAnswers();
        projectAnswers();

        TestContext.Result r = annotated().clockSteps(Duration.ofMillis(125)).run("doctor");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stderr());
        Path catalog = dir.resolve("repo/catalog-info.yaml");
        assertEquals(List.of(
                "ok   java         Java 17.0.15+6 at /opt/jdk-17; start-up archive app.jsa in use",
                "ok   config       no config file at " + dir.resolve("home/.config/circle-view/config.yaml") + " (it is optional)",
                "ok   project      github/acme/svc, from " + catalog + " (entity \"svc\")",
                "ok   token        from CIRCLECI_AUTH_TOKEN: 47 characters, ending in c9d0",
                "ok   api url      " + E2e.apiUrl(wm) + " (CIRCLE_VIEW_API_URL)",
                "ok   api /me      GET /me answered in 125 ms; logged in as alice",
                "ok   api project  GET /project/github/acme/svc?limit=1 answered in 125 ms; builds can be listed",
                "ok   terminal     stdout is not a terminal; stderr is not a terminal; colour off (stdout is not a terminal)",
                "ok   completions  bash, zsh and fish under " + dir.resolve("prefix/share")), r.stdoutLines());
        wm.verify(1, getRequestedFor(urlEqualTo(ME)).withHeader("Circle-Token", equalTo(TOKEN)));
        wm.verify(1, getRequestedFor(urlEqualTo(PROJECT)).withHeader("Circle-Token", equalTo(TOKEN)));
        wm.verify(2, getRequestedFor(urlMatching(".*")));
        assertFalse(r.stdout().contains(TOKEN.substring(0, 12)), r::toString);
    }

    @Test
    void aRejectedTokenIsExit4WithTheFixOnEachLine() throws IOException {
        refused(ME);
        refused(PROJECT);

        TestContext.Result r = annotated().run("doctor");

        assertEquals(4, r.exitCode(), r::toString);
        assertEquals("FAIL api /me      GET /me: CircleCI rejected the token (HTTP 401): You must log in first; check that "
                + "CIRCLECI_AUTH_TOKEN holds a valid personal API token with access to your user (GET /me)", line(r, "api /me"));
        assertTrue(line(r, "api project").startsWith("FAIL api project  GET /project/github/acme/svc?limit=1: CircleCI "
                + "rejected the token (HTTP 401)"), r::toString);
        assertTrue(line(r, "token").startsWith("ok "), r::toString);
    }

    @Test
    void aTokenRefusedOnlyAtSlashMeIsAHintWhenBuildsWork() throws IOException {
        refused(ME);
        projectAnswers();

        TestContext.Result r = annotated().run("doctor");

        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(line(r, "api /me").startsWith("hint api /me      GET /me: CircleCI rejected the token (HTTP 401)"), r::toString);
        assertTrue(line(r, "api /me").endsWith("; builds works all the same: a project token or a proxy may not be allowed "
                + "to read /me"), r::toString);
    }

    @Test
    void anUnreachableApiIsExit9() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        TestContext.Result r = annotated().env("CIRCLE_VIEW_API_URL", "http://localhost:" + port + "/api/v1.1").run("doctor");

        assertEquals(9, r.exitCode(), r::toString);
        assertEquals("FAIL api /me      GET /me: cannot reach CircleCI at localhost: connection refused; check your network, "
                + "proxy and --api-url", line(r, "api /me"));
        assertTrue(line(r, "api project").startsWith("FAIL "), r::toString);
    }

    @Test
    void aMissingAnnotationSaysWhatToAddWhereAndIsExit3() throws IOException {
        Files.writeString(dir.resolve("repo/catalog-info.yaml"), E2e.catalog(null));
        meAnswers();

        TestContext.Result r = context().env("CIRCLECI_AUTH_TOKEN", TOKEN).run("doctor");

        assertEquals(3, r.exitCode(), r::toString);
        assertEquals("FAIL project      no CI/CD for entity \"svc\" in " + dir.resolve("repo/catalog-info.yaml") + ": it has no "
                + "circleci.com/project-slug annotation; add it under metadata.annotations: \"circleci.com/project-slug: "
                + "github/ORG/REPO\", or pass --project github/ORG/REPO", line(r, "project"));
        assertEquals("skip api project  not asked: no project", line(r, "api project"));
        assertTrue(line(r, "api /me").startsWith("ok "), r::toString);
    }

    @Test
    void aMissingTokenIsExit4AndSaysWhereToPutOne() throws IOException {
        Files.writeString(dir.resolve("repo/catalog-info.yaml"), E2e.catalog(E2e.SLUG));
        refused(ME);
        projectAnswers();

        TestContext.Result r = context().run("doctor");

        assertEquals(4, r.exitCode(), r::toString);
        assertEquals("FAIL token        no token; set CIRCLECI_AUTH_TOKEN to a CircleCI personal API token (User Settings > "
                + "Personal API Tokens), or token_command in the config file", line(r, "token"));
        wm.verify(getRequestedFor(urlEqualTo(ME)).withHeader("Circle-Token", absent()));
    }

    @Test
    void aBackstageProxyWithHeadersAndNoTokenIsFine() throws IOException {
        meAnswers();
        projectAnswers();
        Path config = E2e.config(dir, "headers:\n  Authorization: Bearer ${BACKSTAGE_TOKEN}\n", "rw-------");

        TestContext.Result r = context().env("BACKSTAGE_TOKEN", "eyJ-backstage").env("CIRCLE_VIEW_CONFIG", config.toString())
                .run("doctor", "-p", E2e.SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("ok   config       " + config + ": valid (named by CIRCLE_VIEW_CONFIG)", line(r, "config"));
        assertEquals("ok   token        none; the config file's headers (Authorization) go with every request instead",
                line(r, "token"));
        wm.verify(1, getRequestedFor(urlEqualTo(ME)).withHeader("Authorization", equalTo("Bearer eyJ-backstage"))
                .withHeader("Circle-Token", absent()));
        assertFalse(r.stdout().contains("eyJ-backstage"), r::toString);
    }

    @Test
    void anInvalidConfigIsExit3AndTheApiIsNotAsked() throws IOException {
        Path config = E2e.config(dir, "limit: lots\n", "rw-------");

        TestContext.Result r = context().env("CIRCLECI_AUTH_TOKEN", TOKEN).env("CIRCLE_VIEW_CONFIG", config.toString())
                .run("doctor", "-p", E2e.SLUG);

        assertEquals(3, r.exitCode(), r::toString);
        assertEquals("FAIL config       " + config + ":1:8: limit is text, not a whole number; fix " + config
                + " (the keys are described in docs/config.md)", line(r, "config"));
        assertEquals("skip api /me      not asked: the config file is invalid", line(r, "api /me"));
        E2e.assertNoRequest(wm);
    }

    @Test
    void theTokenOfTheTokenCommandIsReportedAndAFailingOneIsExit3() throws IOException {
        meAnswers();
        projectAnswers();
        Path good = E2e.config(dir, "token_command: echo ccipat_from-the-command-9f2b\n", "rw-------");
        TestContext.Result ok = context().env("CIRCLE_VIEW_CONFIG", good.toString()).run("doctor", "-p", E2e.SLUG);
        Path bad = E2e.config(dir, "token_command: exit 4\n", "rw-------");
        TestContext.Result failing = context().env("CIRCLE_VIEW_CONFIG", bad.toString()).run("doctor", "-p", E2e.SLUG);

        assertEquals(0, ok.exitCode(), ok::toString);
        assertEquals("ok   token        from token_command: 28 characters, ending in 9f2b", line(ok, "token"));
        wm.verify(1, getRequestedFor(urlEqualTo(ME)).withHeader("Circle-Token", equalTo("ccipat_from-the-command-9f2b")));
        assertEquals(3, failing.exitCode(), failing::toString);
        assertEquals("FAIL token        token_command (from " + bad + ") failed with exit status 4; run it in a shell to see "
                + "why, or set CIRCLECI_AUTH_TOKEN", line(failing, "token"));
    }

    @Test
    void theTerminalLineSaysWhyColourIsOnOrOff() throws IOException {
        meAnswers();
        projectAnswers();

        TestContext.Result noColor = annotated().terminal(true, false, 100).env("NO_COLOR", "1").run("doctor");
        TestContext.Result flag = annotated().terminal(true, false, 100).run("doctor", "--color", "always");

        assertEquals("✓ terminal     stdout is a terminal, 100 columns; stderr is a terminal; colour off (NO_COLOR is set)",
                noColor.stdoutLines().get(7));
        assertTrue(flag.stdoutLines().get(7).endsWith("terminal     stdout is a terminal, 100 columns; stderr is a terminal; "
                + "colour on (--color always)"), flag::toString);
        assertTrue(flag.stdoutLines().get(0).startsWith("\u001b[32m✓\u001b[0m java"), flag::toString);
    }

    @Test
    void jsonHasTheStableFields() throws IOException {
        refused(ME);
        refused(PROJECT);

        TestContext.Result r = annotated().run("doctor", "--json");

        assertEquals(4, r.exitCode(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.stdout());
        assertFalse(json.get("ok").asBoolean());
        assertEquals(4, json.get("exit_code").asInt());
        List<String> names = new ArrayList<>();
        json.get("checks").forEach(c -> names.add(c.get("name").asText() + ":" + c.get("status").asText()));
        assertEquals(List.of("java:ok", "config:ok", "project:ok", "token:ok", "api_url:ok", "api_me:fail", "api_project:fail",
                "terminal:ok", "completions:ok"), names);
        JsonNode url = json.get("checks").get(4).get("details");
        assertEquals(E2e.apiUrl(wm), url.get("url").asText());
        assertEquals("CIRCLE_VIEW_API_URL", url.get("source").asText());
        JsonNode token = json.get("checks").get(3).get("details");
        assertEquals("CIRCLECI_AUTH_TOKEN", token.get("source").asText());
        assertEquals(47, token.get("length").asInt());
        assertEquals("c9d0", token.get("last4").asText());
        JsonNode me = json.get("checks").get(5);
        assertEquals(401, me.get("details").get("http_status").asInt());
        assertEquals(E2e.apiUrl(wm) + "/me", me.get("details").get("url").asText());
        assertTrue(me.get("fix").asText().startsWith("check that CIRCLECI_AUTH_TOKEN holds"), r::toString);
        assertEquals(E2e.apiUrl(wm) + "/project/github/acme/svc?limit=1&offset=0",
                json.get("checks").get(6).get("details").get("url").asText());
        assertFalse(r.stdout().contains(TOKEN.substring(0, 12)), r::toString);
    }
}
