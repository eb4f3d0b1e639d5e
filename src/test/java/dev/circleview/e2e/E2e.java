package dev.circleview.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.circleview.testing.StrictWireMock;
import dev.circleview.testing.TestContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the end-to-end tests share: the WireMock server set-up, fixtures, and the checks every error must pass. */
final class E2e {
    static final String TOKEN = "ccipat_3c9f1e2a7b5d4c6e8f0a1b2c3d4e5f60a7b8c9d0";
    static final String SLUG = "github/acme/svc";
    static final String PROJECT_PATH = "/api/v1.1/project/github/acme/svc";
    static final String FIRST_PAGE = PROJECT_PATH + "?limit=30&offset=0";
    static final String JSON = "application/json; charset=utf-8";

    private E2e() {
    }

    /** A WireMock server on a free loopback port that fails the test on a request no stub matched, and on a stub never used. */
    static WireMockExtension server() {
        return StrictWireMock.loopback();
    }

    /** Exactly one request reached the server: a GET of {@code path} with the token and the JSON Accept header. */
    static void assertOnlyRequest(WireMockExtension wm, String path) {
        assertOnlyRequest(wm, path, TOKEN);
    }

    /** Exactly one request reached the server: a GET of {@code path} with {@code token} and the JSON Accept header. */
    static void assertOnlyRequest(WireMockExtension wm, String path, String token) {
        wm.verify(1, getRequestedFor(urlEqualTo(path))
                .withHeader("Circle-Token", equalTo(token))
                .withHeader("Accept", equalTo("application/json")));
        wm.verify(1, getRequestedFor(urlMatching(".*")));
        assertCleanRequests(wm);
    }

    /** Nothing reached the server: the run failed (or finished) before making a request. */
    static void assertNoRequest(WireMockExtension wm) {
        assertTrue(wm.getAllServeEvents().isEmpty(), () -> "requests were made: " + wm.getAllServeEvents());
    }

    static String apiUrl(WireMockExtension wm) {
        return "http://localhost:" + wm.getPort() + "/api/v1.1";
    }

    /** A context pointed at {@code wm}, with the token set, piped (not a terminal). */
    static TestContext context(WireMockExtension wm, Path cwd) {
        return new TestContext(cwd)
                .env("CIRCLE_VIEW_API_URL", apiUrl(wm))
                .env("CIRCLECI_AUTH_TOKEN", TOKEN);
    }

    /** Writes {@code text} as {@code dir/config.yaml} with the permissions given ("rw-------") and returns it. */
    static Path config(Path dir, String text, String permissions) {
        Path file = dir.resolve("config.yaml");
        try {
            Files.writeString(file, text);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static String fixture(String name) {
        try (InputStream in = E2e.class.getResourceAsStream("/api/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture /api/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code count} small builds numbered down from {@code first}, as the list endpoint returns them. */
    static String builds(int first, int count) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (int i = 0; i < count; i++) {
            int num = first - i;
            ObjectNode b = array.addObject();
            b.put("build_num", num);
            b.put("status", num % 7 == 0 ? "failed" : "success");
            b.put("subject", "Commit number " + num);
            b.put("branch", "main");
            b.put("vcs_revision", String.format("%040x", num));
            b.putObject("user").put("is_user", true).put("login", "dev" + (num % 3));
            b.putObject("workflows").put("workflow_name", "ci").put("job_name", "build")
                    .put("workflow_id", "00000000-0000-4000-8000-" + String.format("%012d", num));
            b.put("start_time", "2026-11-27T10:00:00.000Z");
            b.put("stop_time", "2026-11-27T10:01:00.000Z");
            b.put("build_time_millis", 60_000);
            b.putNull("vcs_tag");
        }
        return array.toString();
    }

    /** A catalog file with one Component annotated with {@code slug}, or not annotated at all when it is null. */
    static String catalog(String slug) {
        return "apiVersion: backstage.io/v1alpha1\n"
                + "kind: Component\n"
                + "metadata:\n"
                + "  name: svc\n"
                + "  description: The acme service\n"
                + "  annotations:\n"
                + "    github.com/project-slug: acme/svc\n"
                + (slug == null ? "" : "    circleci.com/project-slug: " + slug + "\n")
                + "spec:\n"
                + "  type: service\n"
                + "  lifecycle: production\n"
                + "  owner: team-a\n";
    }

    /**
     * The checks every failing run must pass: the exit code, nothing on stdout, exactly one line on
     * stderr that starts with {@code circle-view: }, no stack trace, and never the token.
     */
    static void assertOneErrorLine(TestContext.Result r, int exitCode) {
        assertAll(r.toString(),
                () -> assertEquals(exitCode, r.exitCode(), "exit code"),
                () -> assertEquals("", r.stdout(), "stdout"),
                () -> assertEquals(1, r.stderrLines().size(), "stderr lines"),
                () -> assertTrue(r.stderr().startsWith("circle-view: "), "stderr prefix"),
                () -> assertTrue(r.stderr().endsWith("\n"), "stderr ends the line"),
                () -> assertNoStackTrace(r.stderr()),
                () -> assertFalse(r.stderr().contains(TOKEN), "stderr shows the token"),
                () -> assertFalse(r.stderr().contains("\u001b"), "stderr has escape codes"));
    }

    static void assertNoStackTrace(String text) {
        assertFalse(text.contains("\tat ") || text.contains("Exception:") || text.contains("Caused by"),
                "a stack trace: " + text);
    }

    /** No request sent the token anywhere but the Circle-Token header, and every request matched a stub. */
    static void assertCleanRequests(WireMockExtension wm) {
        for (ServeEvent event : wm.getAllServeEvents()) {
            LoggedRequest request = event.getRequest();
            assertFalse(request.getUrl().contains(TOKEN), "token in the URL " + request.getUrl());
            assertFalse(request.getUrl().contains("circle-token"), "token parameter in " + request.getUrl());
            assertFalse(request.containsHeader("Authorization"), "Authorization header sent");
            assertEquals("GET", request.getMethod().value());
        }
        assertTrue(wm.findAllUnmatchedRequests().isEmpty(), () -> "unmatched: " + wm.findAllUnmatchedRequests());
    }
}
