package dev.circleview.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.circleview.e2e.ArtifactsE2eTest.ARTIFACTS_PATH;
import static dev.circleview.e2e.E2e.FIRST_PAGE;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.SLUG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The config file's secrets: its headers go only to the API's origin (never to artifact hosts or where
 * a download redirects), never show in {@code --debug} or in messages; a file others can read that
 * holds a literal secret is one warning; and every way the file can be wrong is one line and exit 3,
 * before any request.
 */
class ConfigSecretsE2eTest {
    private static final String API_KEY = "literal-api-key-7f3e9a";
    private static final String COMMAND_TOKEN = "ccipat_token-from-command-5d1c";

    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    /** Another origin (http://127.0.0.1:port), standing in for artifact storage. */
    @RegisterExtension
    static WireMockExtension other = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .failOnUnmatchedRequests(true)
            .build();

    @TempDir
    Path dir;

    private TestContext context(String text, String permissions) {
        return new TestContext(dir)
                .env("CIRCLE_VIEW_CONFIG", E2e.config(dir, "target: " + E2e.apiUrl(wm) + "\n" + text, permissions).toString())
                .env("PATH", "/usr/bin:/bin")
                .env("BACKSTAGE_TOKEN", "eyJ-from-the-environment");
    }

    private Path file() {
        return dir.resolve("config.yaml");
    }

    @Test
    void headersGoOnlyToTheApisOriginNeverToOtherHostsNorThroughRedirects() throws Exception {
        String onApi = "http://localhost:" + wm.getPort();
        String onOther = "http://127.0.0.1:" + other.getPort();
        ArrayNode artifacts = new ObjectMapper().createArrayNode();
        artifacts.addObject().put("path", "ours.txt").put("node_index", 0).put("url", onApi + "/0/ours.txt");
        artifacts.addObject().put("path", "theirs.txt").put("node_index", 0).put("url", onOther + "/0/theirs.txt");
        artifacts.addObject().put("path", "moved.txt").put("node_index", 0).put("url", onApi + "/0/moved.txt");
        wm.stubFor(get(urlEqualTo(ARTIFACTS_PATH)).willReturn(okForContentType(JSON, artifacts.toString())));
        wm.stubFor(get(urlEqualTo("/0/ours.txt")).willReturn(aResponse().withStatus(200).withBody("ours")));
        wm.stubFor(get(urlEqualTo("/0/moved.txt")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", onOther + "/bucket/moved.txt?X-Amz-Signature=abc")));
        other.stubFor(get(urlEqualTo("/0/theirs.txt")).willReturn(aResponse().withStatus(200).withBody("theirs")));
        other.stubFor(get(urlPathEqualTo("/bucket/moved.txt")).willReturn(aResponse().withStatus(200).withBody("moved")));
        Files.createDirectories(dir.resolve("work"));

        TestContext.Result r = context("headers:\n  X-Api-Key: " + API_KEY + "\n", "rw-------")
                .run("artifacts", "123", "-p", SLUG, "--download", "work/out");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("moved", Files.readString(dir.resolve("work/out/0/moved.txt"), StandardCharsets.UTF_8));
        wm.verify(1, getRequestedFor(urlEqualTo(ARTIFACTS_PATH)).withHeader("X-Api-Key", equalTo(API_KEY)));
        wm.verify(1, getRequestedFor(urlEqualTo("/0/ours.txt")).withHeader("X-Api-Key", equalTo(API_KEY)));
        wm.verify(1, getRequestedFor(urlEqualTo("/0/moved.txt")).withHeader("X-Api-Key", equalTo(API_KEY)));
        other.verify(1, getRequestedFor(urlEqualTo("/0/theirs.txt")).withHeader("X-Api-Key", absent()));
        other.verify(1, getRequestedFor(urlPathEqualTo("/bucket/moved.txt")).withHeader("X-Api-Key", absent()));
        for (ServeEvent event : other.getAllServeEvents()) {
            assertFalse(event.getRequest().getHeaders().all().toString().contains(API_KEY), event.getRequest()::toString);
        }
    }

    @Test
    void debugShowsHeaderNamesButNeverValuesNorTheCommandsToken() {
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(okForContentType(JSON, E2e.builds(30, 1))));

        TestContext.Result r = context("headers:\n  X-Api-Key: " + API_KEY + "\n  Authorization: Bearer ${BACKSTAGE_TOKEN}\n"
                + "token_command: echo " + COMMAND_TOKEN + "\n", "rw-------").run("builds", "-p", SLUG, "--debug");

        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("[debug] > GET " + E2e.apiUrl(wm) + "/project/github/acme/svc?limit=30&offset=0"
                + "  (Circle-Token: ***, Authorization: ***, X-Api-Key: ***)\n"), r::toString);
        for (String secret : List.of(API_KEY, "eyJ-from-the-environment", COMMAND_TOKEN, "7f3e9a", "5d1c")) {
            assertFalse(r.stderr().contains(secret), () -> "shows " + secret + ": " + r);
            assertFalse(r.stdout().contains(secret), () -> "shows " + secret + ": " + r);
        }
    }

    @Test
    void aServerEchoingAHeaderValueHasItRemovedFromTheMessage() {
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(aResponse().withStatus(403).withHeader("Content-Type", JSON)
                .withBody("{\"message\":\"key " + API_KEY + " and Bearer eyJ-from-the-environment refused\"}")));

        TestContext.Result r = context("headers:\n  X-Api-Key: " + API_KEY + "\n  Authorization: Bearer ${BACKSTAGE_TOKEN}\n",
                "rw-------").run("builds", "-p", SLUG);

        E2e.assertOneErrorLine(r, 4);
        assertTrue(r.stderr().startsWith("circle-view: the API at localhost refused the request (HTTP 403): key *** and *** refused;"),
                r::toString);
    }

    // ---- the warning ----

    @Test
    void aLiteralSecretInAFileOthersCanReadIsOneWarning() {
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(okForContentType(JSON, E2e.builds(30, 1))));

        TestContext.Result r = context("headers:\n  Circle-Token: " + API_KEY + "\n", "rw-r--r--").run("builds", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(List.of("circle-view: warning: " + file() + " is readable by others and holds a literal secret in "
                + "headers.Circle-Token; chmod 600 " + file() + " or use ${VAR}"), r.stderrLines());
        wm.verify(1, getRequestedFor(urlEqualTo(FIRST_PAGE)).withHeader("Circle-Token", equalTo(API_KEY)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'Circle-Token: literal-secret-value'           | rw-------
            'Authorization: Bearer ${BACKSTAGE_TOKEN}'      | rw-r--r--
            'Circle-Token: ${BACKSTAGE_TOKEN}'              | rw-rw-rw-
            """)
    void noWarningForAPrivateFileOrReferencesOnly(String header, String permissions) {
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(okForContentType(JSON, E2e.builds(30, 1))));

        TestContext.Result r = context("headers:\n  " + header + "\n", permissions).run("builds", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stderr());
    }

    // ---- every invalid file: one line, exit 3, no request ----

    @ParameterizedTest
    @ValueSource(strings = {
            "limit: [5\n",
            "colour: never\n",
            "limit: many\n",
            "color: sometimes\n",
            "timeout: 0\n",
            "target: ftp://ci.example.com\n",
            "headers:\n  Authorization: Bearer ${NOT_SET_ANYWHERE}\n",
            "headers: [a, b]\n",
            "headers:\n  Host: example.com\n",
            "cacert: missing.pem\n",
            "token_command: echo " + COMMAND_TOKEN + "; exit 5\n",
            "token_command: exit 0\n",
    })
    void eachInvalidFileIsOneLineAndExit3(String text) {
        TestContext.Result r = context(text, "rw-------").run("builds", "-p", SLUG);

        E2e.assertOneErrorLine(r, 3);
        assertTrue(r.stderr().contains(file().toString()), r::toString);
        assertFalse(r.stderr().contains(COMMAND_TOKEN), r::toString);
        E2e.assertNoRequest(wm);
    }

    @Test
    void aMissingFileNamedByTheFlagIsOneLineAndExit3() {
        TestContext.Result r = new TestContext(dir).run("builds", "-p", SLUG, "--config", "nope.yaml");

        E2e.assertOneErrorLine(r, 3);
        assertEquals("circle-view: " + dir.resolve("nope.yaml") + ": no such file (named by --config); check the path, or "
                + "create the file (see docs/config.md)\n", r.stderr());
    }

    @Test
    void plainHttpToAnotherHostInTheTargetIsExit3() {
        TestContext.Result r = new TestContext(dir)
                .env("CIRCLE_VIEW_CONFIG", E2e.config(dir, "target: http://ci.example.com/api\n", "rw-------").toString())
                .run("builds", "-p", SLUG);

        E2e.assertOneErrorLine(r, 3);
        assertEquals("circle-view: refusing to send requests over plain http to ci.example.com (from target in " + file()
                + "); use https://, or pass --allow-insecure-http if you really mean it (the token would travel unencrypted)\n",
                r.stderr());
    }
}
