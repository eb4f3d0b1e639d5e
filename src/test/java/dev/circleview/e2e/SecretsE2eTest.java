package dev.circleview.e2e;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.circleview.api.ClientSettings;
import dev.circleview.config.Config;
import dev.circleview.config.Settings;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.circleview.e2e.E2e.FIRST_PAGE;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.SLUG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The token never shows: not on stdout or stderr (whole, its start, or its end), with or without
 * {@code --debug}, whatever the server answers; and it travels only in the {@code Circle-Token} header.
 */
class SecretsE2eTest {
    /** Recognisable, and unlike anything circle-view prints. */
    static final String SECRET = "CCIPAT_secret-token-4f9a";
    private static final int PIECE = 8;

    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    /** One way a run can go: what the server does (if it is asked at all), the arguments, the exit code. */
    private enum Scenario {
        OK(0, ok(E2e.builds(30, 3))),
        OK_JSON(0, ok(E2e.builds(30, 3)), "--json"),
        NO_BUILDS(0, ok("[]")),
        UNAUTHORIZED(4, json(401, "{\"message\":\"You must log in first.\"}")),
        FORBIDDEN(4, json(403, "{\"message\":\"Permission denied\"}")),
        NOT_FOUND(5, json(404, "{\"message\":\"Project not found\"}")),
        SERVER_ERROR_EVERY_TIME(9, json(500, "{\"message\":\"boom\"}")),
        RATE_LIMITED(9, json(429, "{\"message\":\"Rate-Limit exceeded\"}").withHeader("Retry-After", "1")),
        TIMEOUT(9, ok("[]").withFixedDelay(3_000), "--timeout", "1"),
        CONNECTION_REFUSED(9, null),
        HTML_BODY(1, aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody(E2e.fixture("not-found.html"))),
        BAD_JSON(1, ok("[{\"build_num\": 1, \"subject\": \"cut off")),
        // a server or proxy that echoes the token back
        ECHOED_IN_AN_ERROR(4, json(401, "{\"message\":\"token " + SECRET + " is invalid\"}")),
        ECHOED_IN_A_NESTED_ERROR(5, json(404, "{\"message\":\"{\\\"message\\\":\\\"no " + SECRET + "\\\"}\"}")),
        ECHOED_IN_HTML(1, aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<p>Circle-Token: " + SECRET + "</p>")),
        ECHOED_IN_A_CONTENT_TYPE(1, aResponse().withStatus(400).withHeader("Content-Type", "text/" + SECRET)
                .withBody("no")),
        EMPTY_STATE(3, null),
        BAD_SLUG(2, null),
        BAD_SLUG_IN_CATALOG(2, null),
        TOKEN_WITH_A_SPACE(3, null);

        final int exitCode;
        final ResponseDefinitionBuilder answer;
        final List<String> extraArgs;

        Scenario(int exitCode, ResponseDefinitionBuilder answer, String... extraArgs) {
            this.exitCode = exitCode;
            this.answer = answer;
            this.extraArgs = List.of(extraArgs);
        }

        private static ResponseDefinitionBuilder ok(String body) {
            return okForContentType(JSON, body);
        }

        private static ResponseDefinitionBuilder json(int status, String body) {
            return aResponse().withStatus(status).withHeader("Content-Type", JSON).withBody(body);
        }
    }

    static Stream<Arguments> scenarios() {
        return Stream.of(Scenario.values()).flatMap(s -> Stream.of(arguments(s, false), arguments(s, true)));
    }

    @ParameterizedTest(name = "{0}, debug {1}")
    @MethodSource("scenarios")
    void theTokenNeverShowsAndTravelsOnlyInItsHeader(Scenario scenario, boolean debug) throws IOException {
        TestContext context = E2e.context(wm, dir).env("CIRCLECI_AUTH_TOKEN", SECRET);
        List<String> args = new ArrayList<>(List.of("builds"));
        switch (scenario) {
            case CONNECTION_REFUSED -> context.env("CIRCLE_VIEW_API_URL", "http://localhost:" + closedPort() + "/api/v1.1");
            case EMPTY_STATE -> Files.writeString(dir.resolve("catalog-info.yaml"), E2e.catalog(null));
            case BAD_SLUG -> args.addAll(List.of("-p", "github/acme/../svc"));
            case BAD_SLUG_IN_CATALOG -> Files.writeString(dir.resolve("catalog-info.yaml"),
                    E2e.catalog("\"github/acme/\\e[31msvc\""));
            case TOKEN_WITH_A_SPACE -> context.env("CIRCLECI_AUTH_TOKEN", SECRET.replace("-token", " token"));
            default -> wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(scenario.answer));
        }
        if (args.size() == 1 && scenario != Scenario.EMPTY_STATE && scenario != Scenario.BAD_SLUG_IN_CATALOG) {
            args.addAll(List.of("-p", SLUG));
        }
        args.addAll(scenario.extraArgs);
        if (debug) {
            args.add("--debug");
        }

        TestContext.Result r = context.run(args.toArray(String[]::new));

        assertEquals(scenario.exitCode, r.exitCode(), r::toString);
        assertNoSecret("stdout", r.stdout());
        assertNoSecret("stderr", r.stderr());
        if (debug && scenario.answer != null) {
            assertTrue(r.stderr().contains("Circle-Token: ***"), r::toString);
        }
        List<ServeEvent> events = wm.getAllServeEvents();
        if (scenario.answer == null) {
            assertTrue(events.isEmpty(), () -> "requests were made: " + events);
        } else {
            assertFalse(events.isEmpty(), "no request reached the server");
        }
        for (ServeEvent event : events) {
            assertTokenOnlyInItsHeader(event.getRequest());
        }
        E2e.assertCleanRequests(wm);
    }

    @Test
    void clientSettingsNeverPrintTheToken() {
        ClientSettings settings = new ClientSettings(URI.create("https://circleci.com/api/v1.1"), SECRET, "circle-view/test",
                Duration.ofSeconds(60), 3, Path.of("ca.pem"));
        assertNoSecret("toString", settings.toString());
        assertTrue(settings.toString().contains("token=***"), settings::toString);

        ClientSettings fromEnv = Settings.client(Map.of("CIRCLECI_AUTH_TOKEN", "  " + SECRET + "\n"),
                Settings.ClientFlags.NONE, Config.NONE, "test");
        assertEquals(SECRET, fromEnv.token());
        assertNoSecret("toString", fromEnv.toString());
    }

    /** Fails when {@code text} holds the token, its first or last {@value #PIECE} characters, or any run of that many. */
    private static void assertNoSecret(String where, String text) {
        for (String piece : pieces()) {
            if (text.contains(piece)) {
                fail(where + " shows \"" + piece + "\" of the token:\n" + text);
            }
        }
    }

    private static List<String> pieces() {
        List<String> pieces = new ArrayList<>(List.of(SECRET, SECRET.substring(0, PIECE), SECRET.substring(SECRET.length() - PIECE)));
        for (int i = 0; i + PIECE <= SECRET.length(); i++) {
            pieces.add(SECRET.substring(i, i + PIECE));
        }
        return pieces;
    }

    private static void assertTokenOnlyInItsHeader(LoggedRequest request) {
        assertNoSecret("URL", request.getAbsoluteUrl());
        assertNoSecret("body", request.getBodyAsString());
        boolean sent = false;
        for (HttpHeader header : request.getHeaders().all()) {
            if (header.keyEquals("Circle-Token")) {
                assertEquals(List.of(SECRET), header.values(), "Circle-Token header");
                sent = true;
            } else {
                assertNoSecret("header " + header.key(), header.key() + ": " + String.join(", ", header.values()));
            }
        }
        assertTrue(sent, () -> "no Circle-Token header on " + request.getUrl());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
