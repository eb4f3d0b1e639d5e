package dev.circleview.e2e;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The config file's settings reach the server: target, headers (with their exact values), the token
 * of {@code token_command}, limit, timeout and colour, each below flags and the environment. The
 * context has no {@code CIRCLE_VIEW_API_URL}: the target comes from the file.
 */
class ConfigE2eTest {
    static final String BACKSTAGE_TOKEN = "eyJhbGciOiJIUzI1NiJ9.backstage-user";
    static final String PROXY = "/api/proxy/circleci/api";
    static final String PROXY_PAGE = PROXY + "/project/github/acme/svc?limit=30&offset=0";

    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    private static String origin() {
        return "http://localhost:" + wm.getPort();
    }

    /**
     * A context with the config file {@code text} (mode 0600) named by CIRCLE_VIEW_CONFIG, and no token;
     * with a PATH for token_command, and so no pager (less would be found on it) for the runs on a terminal.
     */
    private TestContext context(String text) {
        return new TestContext(dir)
                .env("CIRCLE_VIEW_CONFIG", E2e.config(dir, text, "rw-------").toString())
                .env("BACKSTAGE_TOKEN", BACKSTAGE_TOKEN)
                .env("PATH", "/usr/bin:/bin")
                .env("CIRCLE_VIEW_PAGER", "");
    }

    private static void proxyServes(String body) {
        wm.stubFor(get(urlEqualTo(PROXY_PAGE)).willReturn(okForContentType(JSON, body)));
    }

    @Test
    void theTargetAndHeadersReachTheServerWithTheirExactValues() {
        proxyServes(E2e.builds(30, 2));

        TestContext.Result r = context("target: " + origin() + PROXY + "\n"
                + "headers:\n"
                + "  Authorization: Bearer ${BACKSTAGE_TOKEN}\n"
                + "  X-Request-Source: circle-view terminal\n")
                .env("CIRCLECI_AUTH_TOKEN", TOKEN)
                .run("builds", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(2, r.stdoutLines().size(), r::toString);
        assertEquals("", r.stderr());
        wm.verify(1, getRequestedFor(urlEqualTo(PROXY_PAGE))
                .withHeader("Authorization", equalTo("Bearer " + BACKSTAGE_TOKEN))
                .withHeader("X-Request-Source", equalTo("circle-view terminal"))
                .withHeader("Circle-Token", equalTo(TOKEN))
                .withHeader("Accept", equalTo("application/json")));
        wm.verify(1, getRequestedFor(urlMatching(".*")));
    }

    @Test
    void aBackstageProxyWorksWithoutAToken() {
        proxyServes(E2e.builds(30, 3));

        TestContext.Result r = context("target: " + origin() + PROXY + "\n"
                + "headers:\n  Authorization: Bearer ${BACKSTAGE_TOKEN}\n").run("builds", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(3, r.stdoutLines().size(), r::toString);
        wm.verify(1, getRequestedFor(urlEqualTo(PROXY_PAGE))
                .withHeader("Authorization", equalTo("Bearer " + BACKSTAGE_TOKEN))
                .withHeader("Circle-Token", absent()));
    }

    @Test
    void aProxyThatRefusesTheHeadersSaysToCheckThem() {
        wm.stubFor(get(urlEqualTo(PROXY_PAGE)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", JSON).withBody("{\"message\":\"Missing credentials\"}")));

        TestContext.Result r = context("target: " + origin() + PROXY + "\n"
                + "headers:\n  Authorization: Bearer ${BACKSTAGE_TOKEN}\n").run("builds", "-p", SLUG);

        E2e.assertOneErrorLine(r, 4);
        assertEquals("circle-view: the API at localhost refused the request (HTTP 401): Missing credentials; check the headers in "
                + dir.resolve("config.yaml") + " (Authorization), or set CIRCLECI_AUTH_TOKEN\n", r.stderr());
    }

    @Test
    void withoutHeadersOrATokenTheUsualTokenMessage() {
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", JSON).withBody("{\"message\":\"You must log in first.\"}")));

        TestContext.Result r = context("target: " + E2e.apiUrl(wm) + "\n").run("builds", "-p", SLUG);

        E2e.assertOneErrorLine(r, 4);
        assertEquals("circle-view: CircleCI needs a token (HTTP 401): You must log in first; set CIRCLECI_AUTH_TOKEN to a "
                + "CircleCI personal API token (User Settings > Personal API Tokens)\n", r.stderr());
    }

    @Test
    void theTokenCommandsTokenIsSentAsCircleToken() {
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(okForContentType(JSON, E2e.builds(30, 1))));

        TestContext.Result r = context("target: " + E2e.apiUrl(wm) + "\n"
                + "token_command: printf '%s\\n' \"ccipat_from-the-command\" second-line\n").run("builds", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        E2e.assertOnlyRequest(wm, FIRST_PAGE, "ccipat_from-the-command");
    }

    @Test
    void aRejectedTokenFromTheCommandSaysToCheckTheCommand() {
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", JSON).withBody("{\"message\":\"You must log in first.\"}")));

        TestContext.Result r = context("target: " + E2e.apiUrl(wm) + "\ntoken_command: echo ccipat_expired\n")
                .run("builds", "-p", SLUG);

        E2e.assertOneErrorLine(r, 4);
        assertEquals("circle-view: CircleCI rejected the token (HTTP 401): You must log in first; check that the token_command in "
                + dir.resolve("config.yaml") + " prints a valid personal API token with access to project github/acme/svc\n",
                r.stderr());
    }

    @Test
    void theEnvironmentsTokenWinsAndTheCommandIsNotRun() {
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(okForContentType(JSON, E2e.builds(30, 1))));

        TestContext.Result r = context("target: " + E2e.apiUrl(wm) + "\ntoken_command: touch ran; echo other\n")
                .env("CIRCLECI_AUTH_TOKEN", TOKEN).run("builds", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        E2e.assertOnlyRequest(wm, FIRST_PAGE);
        assertFalse(Files.exists(dir.resolve("ran")), "token_command ran");
    }

    @Test
    void theTokenCommandRunsOnlyWhenARequestFollows() throws Exception {
        Files.writeString(dir.resolve("catalog-info.yaml"), E2e.catalog(null));
        TestContext context = context("target: " + E2e.apiUrl(wm) + "\ntoken_command: touch ran; echo tok\n");

        TestContext.Result emptyState = context.run("builds");
        TestContext.Result usage = context.run("builds", "-p", SLUG, "--limit", "0");
        TestContext.Result completion = context.run("completion", "bash");
        TestContext.Result help = context.run("builds", "--help");

        assertEquals(3, emptyState.exitCode(), emptyState::toString);
        assertEquals(2, usage.exitCode(), usage::toString);
        assertEquals(0, completion.exitCode(), completion::toString);
        assertEquals(0, help.exitCode(), help::toString);
        assertFalse(Files.exists(dir.resolve("ran")), "token_command ran");
        E2e.assertNoRequest(wm);
    }

    @Test
    void theLimitComesFromTheConfigUnlessTheFlagIsGiven() {
        wm.stubFor(get(urlEqualTo(E2e.PROJECT_PATH + "?limit=5&offset=0")).willReturn(okForContentType(JSON, E2e.builds(30, 5))));
        wm.stubFor(get(urlEqualTo(E2e.PROJECT_PATH + "?limit=7&offset=0")).willReturn(okForContentType(JSON, E2e.builds(30, 7))));
        TestContext context = context("target: " + E2e.apiUrl(wm) + "\nlimit: 5\n").env("CIRCLECI_AUTH_TOKEN", TOKEN);

        TestContext.Result fromConfig = context.run("builds", "-p", SLUG);
        TestContext.Result fromFlag = context.run("builds", "-p", SLUG, "-L", "7");

        assertEquals(5, fromConfig.stdoutLines().size(), fromConfig::toString);
        assertEquals(7, fromFlag.stdoutLines().size(), fromFlag::toString);
        wm.verify(1, getRequestedFor(urlEqualTo(E2e.PROJECT_PATH + "?limit=5&offset=0")));
        wm.verify(1, getRequestedFor(urlEqualTo(E2e.PROJECT_PATH + "?limit=7&offset=0")));
    }

    @Test
    void theTimeoutComesFromTheConfig() {
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(okForContentType(JSON, "[]").withFixedDelay(3_000)));

        TestContext.Result r = context("target: " + E2e.apiUrl(wm) + "\ntimeout: 1\n").env("CIRCLECI_AUTH_TOKEN", TOKEN)
                .run("builds", "-p", SLUG);

        E2e.assertOneErrorLine(r, 9);
        assertTrue(r.stderr().startsWith("circle-view: CircleCI did not answer within 1 s"), r::toString);
    }

    @Test
    void colourComesFromTheConfigBelowTheFlagAndTheEnvironment() {
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(okForContentType(JSON, E2e.builds(30, 2))));
        TestContext context = context("target: " + E2e.apiUrl(wm) + "\ncolor: always\n").env("CIRCLECI_AUTH_TOKEN", TOKEN)
                .terminal(true, false, 120);

        TestContext.Result always = context.run("builds", "-p", SLUG);
        TestContext.Result flag = context.run("builds", "-p", SLUG, "--color", "never");
        TestContext.Result noColor = context.env("NO_COLOR", "1").run("builds", "-p", SLUG);

        assertTrue(always.stdout().contains("\u001b[32m"), always::toString);
        assertFalse(flag.stdout().contains("\u001b"), flag::toString);
        assertFalse(noColor.stdout().contains("\u001b"), noColor::toString);
    }

    @Test
    void theConfigFlagWinsOverTheVariable() throws Exception {
        wm.stubFor(get(urlEqualTo(E2e.PROJECT_PATH + "?limit=2&offset=0")).willReturn(okForContentType(JSON, E2e.builds(30, 2))));
        Path other = Files.writeString(dir.resolve("other.yaml"), "target: " + E2e.apiUrl(wm) + "\nlimit: 2\n");

        TestContext.Result r = context("limit: 9\n").env("CIRCLECI_AUTH_TOKEN", TOKEN)
                .run("builds", "-p", SLUG, "--config", other.getFileName().toString());

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(2, r.stdoutLines().size(), r::toString);
    }

    @Test
    void aFlagAndTheEnvironmentWinOverTheTarget() {
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(okForContentType(JSON, E2e.builds(30, 1))));

        TestContext.Result r = context("target: https://unused.example.com/api\n").env("CIRCLECI_AUTH_TOKEN", TOKEN)
                .env("CIRCLE_VIEW_API_URL", E2e.apiUrl(wm)).run("builds", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        E2e.assertOnlyRequest(wm, FIRST_PAGE);
    }
}
