package dev.circleview.api;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.circleview.core.ApiException;
import dev.circleview.core.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Transport#openExternal}: downloads from hosts other than the API (step logs, artifacts).
 * The API is {@code localhost}, the other host {@code 127.0.0.1}: one server, two origins.
 */
class ExternalDownloadTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).failOnUnmatchedRequests(true).build();

    private static final String TOKEN = "external-test-token";
    private final List<Duration> sleeps = new ArrayList<>();

    private Transport transport() {
        ClientSettings settings = new ClientSettings(URI.create("http://localhost:" + wm.getPort() + "/api/v1.1"), TOKEN,
                "circle-view/test", Duration.ofSeconds(10), 3);
        return new Transport(settings, ClientListener.SILENT, sleeps::add);
    }

    private static URI other(String path) {
        return URI.create("http://127.0.0.1:" + wm.getPort() + path);
    }

    private static URI api(String path) {
        return URI.create("http://localhost:" + wm.getPort() + path);
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aBodyIsStreamedWithoutTheTokenAfterRetryingAServerError() throws IOException {
        wm.stubFor(get("/log").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        wm.stubFor(get("/log").inScenario("flaky").whenScenarioStateIs("up").willReturn(ok("[1,2,3]")));

        try (Transport t = transport()) {
            assertEquals("[1,2,3]", read(t.openExternal(other("/log"), TokenPolicy.NEVER, "the log")));
        }

        wm.verify(2, getRequestedFor(urlPathEqualTo("/log")).withoutHeader("Circle-Token").withoutHeader("Accept-Encoding"));
        assertEquals(1, sleeps.size(), "one wait before the second try");
    }

    @ParameterizedTest
    @CsvSource({"403, AUTH", "401, AUTH", "404, NOT_FOUND", "410, NOT_FOUND", "400, ERROR"})
    void aClientErrorIsOneRequestAndKeepsItsStatus(int status, ExitCode exit) {
        wm.stubFor(get("/log").willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/xml")
                .withBody("<Error><Code>AccessDenied</Code>" + "x".repeat(100_000) + "</Error>")));

        ApiException e;
        try (Transport t = transport()) {
            e = assertThrows(ApiException.class, () -> t.openExternal(other("/log"), TokenPolicy.NEVER, "the log"));
        }

        assertEquals(status, e.status());
        assertEquals(exit, e.exitCode());
        assertTrue(e.getMessage().startsWith("127.0.0.1 answered HTTP " + status + " for the log"), e.getMessage());
        assertFalse(e.getMessage().contains("AccessDenied"), "storage error bodies are not quoted");
        wm.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void aRateLimitOrServerErrorOnEveryTryIsUnavailable() {
        wm.stubFor(get("/log").willReturn(aResponse().withStatus(500)));

        ApiException e;
        try (Transport t = transport()) {
            e = assertThrows(ApiException.class, () -> t.openExternal(other("/log"), TokenPolicy.NEVER, "the log"));
        }

        assertEquals(ExitCode.UNAVAILABLE, e.exitCode());
        wm.verify(4, getRequestedFor(urlPathEqualTo("/log")));
    }

    @Test
    void redirectsAreFollowedToAnyHostAndNeverCarryTheTokenForLogs() throws IOException {
        wm.stubFor(get("/a").willReturn(aResponse().withStatus(302).withHeader("Location", api("/b").toString())));
        wm.stubFor(get("/b").willReturn(aResponse().withStatus(307).withHeader("Location", "/c")));
        wm.stubFor(get("/c").willReturn(ok("done")));

        try (Transport t = transport()) {
            assertEquals("done", read(t.openExternal(other("/a"), TokenPolicy.NEVER, "the log")));
        }

        wm.verify(3, anyRequestedFor(anyUrl()).withoutHeader("Circle-Token"));
    }

    @Test
    void forArtifactsTheTokenGoesToTheApiOriginButNotToWhereItRedirects() throws IOException {
        wm.stubFor(get("/artifact").willReturn(aResponse().withStatus(302).withHeader("Location", other("/storage").toString())));
        wm.stubFor(get("/storage").willReturn(ok("bytes")));

        try (Transport t = transport()) {
            assertEquals("bytes", read(t.openExternal(api("/artifact"), TokenPolicy.ARTIFACT_HOSTS, "the artifact")));
        }

        wm.verify(1, getRequestedFor(urlPathEqualTo("/artifact")).withHeader("Circle-Token", equalTo(TOKEN)));
        wm.verify(1, getRequestedFor(urlPathEqualTo("/storage")).withoutHeader("Circle-Token"));
    }

    @Test
    void tooManyRedirectsEndInOneError() {
        wm.stubFor(get("/loop").willReturn(aResponse().withStatus(302).withHeader("Location", "/loop")));

        try (Transport t = transport()) {
            ApiException e = assertThrows(ApiException.class, () -> t.openExternal(other("/loop"), TokenPolicy.NEVER, "the log"));
            assertEquals(ExitCode.ERROR, e.exitCode());
            assertTrue(e.getMessage().contains("too many redirects"), e.getMessage());
        }
        wm.verify(Transport.MAX_REDIRECTS + 1, getRequestedFor(urlPathEqualTo("/loop")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "javascript:alert(1)", "ftp://127.0.0.1/x", "/relative/path", "mailto:a@b.c"})
    void onlyHttpAddressesAreFetched(String address) {
        try (Transport t = transport()) {
            ApiException e = assertThrows(ApiException.class, () -> t.openExternal(URI.create(address), TokenPolicy.NEVER, "the log"));
            assertEquals(ExitCode.ERROR, e.exitCode());
        }
        wm.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() {
        wm.stubFor(get("/a").willReturn(aResponse().withStatus(302).withHeader("Location", "file:///etc/passwd")));

        try (Transport t = transport()) {
            assertThrows(ApiException.class, () -> t.openExternal(other("/a"), TokenPolicy.NEVER, "the log"));
        }
        wm.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void aBodyThatStopsComingFailsAfterTheTimeoutInsteadOfHanging() throws Exception {
        // a server that promises 1000 bytes, sends 20, and then nothing while the connection stays open
        try (ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try (Socket s = server.accept()) {
                    s.getInputStream().read(new byte[4096]);
                    s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 1000\r\n\r\n[{\"message\": \"hel").getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                    Thread.sleep(10_000);
                } catch (IOException | InterruptedException ignored) {
                    // the test is over
                }
            });
            t.setDaemon(true);
            t.start();
            ClientSettings settings = new ClientSettings(URI.create("http://localhost:" + wm.getPort() + "/api/v1.1"), TOKEN,
                    "circle-view/test", Duration.ofSeconds(1), 3);
            URI slow = URI.create("http://127.0.0.1:" + server.getLocalPort() + "/slow");

            long start = System.nanoTime();
            try (Transport transport = new Transport(settings, ClientListener.SILENT, sleeps::add);
                 InputStream in = transport.openExternal(slow, TokenPolicy.NEVER, "the log")) {
                assertEquals(17, in.readNBytes(17).length);
                ApiException e = assertThrows(ApiException.class, in::readAllBytes);
                assertEquals(ExitCode.UNAVAILABLE, e.exitCode());
                assertEquals("127.0.0.1 stopped sending the log for 1 s", e.getMessage());
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms < 4_000, "took " + ms + " ms");
            assertFalse(Thread.interrupted(), "the reading thread is not left interrupted");
        }
    }

    @ParameterizedTest
    @CsvSource({
            "https://4810-123-gh.circle-artifacts.com/0/report.xml, true",
            "https://circle-artifacts.com/x, true",
            "HTTPS://output.CIRCLE-ARTIFACTS.com/x, true",
            "http://4810-123-gh.circle-artifacts.com/0/report.xml, false",
            "https://evilcircle-artifacts.com/x, false",
            "https://circle-artifacts.com.evil.example/x, false",
            "https://circle-production-action-output.s3.amazonaws.com/x, false",
            "https://circleci.com/api/v1.1/project/x, true",
            "https://circleci.com:8443/api/v1.1/project/x, false",
            "http://circleci.com/api/v1.1/project/x, false"})
    void theArtifactPolicySendsTheTokenOnlyToArtifactHostsOverHttpsAndToTheApi(String target, boolean allowed) {
        URI api = URI.create("https://circleci.com/api/v1.1");
        assertEquals(allowed, TokenPolicy.ARTIFACT_HOSTS.allows(URI.create(target), api), target);
        assertFalse(TokenPolicy.NEVER.allows(URI.create(target), api), target);
    }
}
