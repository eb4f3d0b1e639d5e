package dev.circleview.api;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.api.model.Build;
import dev.circleview.core.ApiException;
import dev.circleview.core.ExitCode;
import dev.circleview.core.ProjectSlug;
import dev.circleview.testing.StrictWireMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The client against a real server on loopback: the rules that hold for every endpoint. */
class CircleCiClientTest {
    @RegisterExtension
    static WireMockExtension wm = StrictWireMock.loopback();

    private static final ProjectSlug SLUG = ProjectSlug.parse("github/acme/svc", "test");
    private static final String TOKEN = "client-test-token";
    private final List<Duration> sleeps = new ArrayList<>();

    private CircleCiClient client() {
        ClientSettings settings = new ClientSettings(URI.create(wm.baseUrl() + "/api/v1.1"), TOKEN, "circle-view/test",
                Duration.ofSeconds(10), 3);
        return new CircleCiClient(settings, ClientListener.SILENT, sleeps::add);
    }

    @Test
    void retryIsOnePostWithTheTokenInTheHeader() {
        wm.stubFor(post("/api/v1.1/project/github/acme/svc/41/retry")
                .willReturn(okJson("{\"build_num\": 42, \"status\": \"queued\", \"retry_of\": 41, \"why\": \"retry\"}")));

        Build build;
        try (CircleCiClient client = client()) {
            build = client.retryBuild(SLUG, 41, false);
        }

        assertEquals(42, build.buildNum());
        assertEquals(41, build.retryOf());
        wm.verify(1, postRequestedFor(urlEqualTo("/api/v1.1/project/github/acme/svc/41/retry"))
                .withHeader("Circle-Token", equalTo(TOKEN)).withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void aFailedPostIsNeverRetried() {
        wm.stubFor(post("/api/v1.1/project/github/acme/svc/41/retry").willReturn(aResponse().withStatus(500)));
        wm.stubFor(post("/api/v1.1/project/github/acme/svc/41/cancel").willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "1")));
        wm.stubFor(post("/api/v1.1/project/github/acme/svc/41/ssh").willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));

        try (CircleCiClient client = client()) {
            ApiException retry = assertThrows(ApiException.class, () -> client.retryBuild(SLUG, 41, false));
            ApiException cancel = assertThrows(ApiException.class, () -> client.cancelBuild(SLUG, 41));
            ApiException ssh = assertThrows(ApiException.class, () -> client.retryBuild(SLUG, 41, true));
            assertEquals(ExitCode.UNAVAILABLE, retry.exitCode());
            assertEquals(ExitCode.UNAVAILABLE, cancel.exitCode());
            assertEquals(ExitCode.UNAVAILABLE, ssh.exitCode());
        }

        wm.verify(1, postRequestedFor(urlEqualTo("/api/v1.1/project/github/acme/svc/41/retry")));
        wm.verify(1, postRequestedFor(urlEqualTo("/api/v1.1/project/github/acme/svc/41/cancel")));
        wm.verify(1, postRequestedFor(urlEqualTo("/api/v1.1/project/github/acme/svc/41/ssh")));
        assertEquals(List.of(), sleeps);
    }

    @Test
    void aPostIsNotRedirected() {
        wm.stubFor(post("/api/v1.1/project/github/acme/svc/41/cancel").willReturn(aResponse().withStatus(307)
                .withHeader("Location", "/api/v1.1/project/github/acme/svc/41/cancel-again")));

        try (CircleCiClient client = client()) {
            ApiException e = assertThrows(ApiException.class, () -> client.cancelBuild(SLUG, 41));
            assertEquals(ExitCode.ERROR, e.exitCode());
            assertTrue(e.getMessage().contains("a redirect (HTTP 307)"), e.getMessage());
        }
        wm.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void aGarbledAnswerIsRetriedThenReported() {
        wm.stubFor(get(urlEqualTo("/api/v1.1/project/github/acme/svc?limit=30&offset=0"))
                .willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

        try (CircleCiClient client = client()) {
            ApiException e = assertThrows(ApiException.class,
                    () -> client.listBuilds(SLUG, new BuildQuery(null, null, 30, 0)));
            assertEquals(ExitCode.UNAVAILABLE, e.exitCode());
            assertTrue(e.getMessage().startsWith("network error talking to localhost: "), e.getMessage());
        }
        wm.verify(4, anyRequestedFor(anyUrl()));
        assertEquals(3, sleeps.size());
    }

    @Test
    void anAnswerCutShortIsReportedAsSuch() throws Exception {
        // a server that promises 1000 bytes, sends 20, and hangs up
        try (ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        s.getInputStream().read(new byte[4096]);
                        s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                + "Content-Length: 1000\r\n\r\n[{\"build_num\": 1, \"st").getBytes(StandardCharsets.US_ASCII));
                    } catch (IOException ignored) {
                        // the test is over
                    }
                }
            });
            t.setDaemon(true);
            t.start();
            ClientSettings settings = new ClientSettings(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/api/v1.1"),
                    TOKEN, "circle-view/test", Duration.ofSeconds(10), 1);
            try (CircleCiClient client = new CircleCiClient(settings, ClientListener.SILENT, sleeps::add)) {
                ApiException e = assertThrows(ApiException.class,
                        () -> client.listBuilds(SLUG, new BuildQuery(null, null, 30, 0)));
                assertEquals(ExitCode.UNAVAILABLE, e.exitCode());
                assertEquals("the connection to 127.0.0.1 closed before CircleCI's answer was complete", e.getMessage());
            }
            assertEquals(1, sleeps.size(), "retried once");
        }
    }

    private static final String FIRST_PAGE = "/api/v1.1/project/github/acme/svc?limit=30&offset=0";

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void answersAreAskedForGzippedAndDecompressed() throws IOException {
        byte[] json = "[{\"build_num\": 7, \"status\": \"success\"}]".getBytes(StandardCharsets.UTF_8);
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withHeader("Content-Encoding", "gzip").withBody(gzip(json))));

        List<Build> builds;
        try (CircleCiClient client = client()) {
            builds = client.listBuilds(SLUG, new BuildQuery(null, null, 30, 0));
        }

        assertEquals(1, builds.size());
        assertEquals(7, builds.get(0).buildNum());
        wm.verify(1, getRequestedFor(urlEqualTo(FIRST_PAGE)).withHeader("Accept-Encoding", equalTo("gzip")));
    }

    @Test
    void aGzippedAnswerThatDoesNotDecompressIsRetriedThenOneClearError() {
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withHeader("Content-Encoding", "gzip").withBody("[{\"build_num\": 7}]")));

        try (CircleCiClient client = client()) {
            ApiException e = assertThrows(ApiException.class, () -> client.listBuilds(SLUG, new BuildQuery(null, null, 30, 0)));
            assertEquals(ExitCode.UNAVAILABLE, e.exitCode());
            assertEquals("CircleCI's answer for project github/acme/svc came gzip-compressed but does not decompress", e.getMessage());
        }
        assertEquals(3, sleeps.size());
    }

    @Test
    void anEmptyAnswerLabelledGzipIsEmpty() {
        wm.stubFor(post("/api/v1.1/project/github/acme/svc/41/cancel").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("Content-Encoding", "gzip")));

        try (CircleCiClient client = client()) {
            ApiException e = assertThrows(ApiException.class, () -> client.cancelBuild(SLUG, 41));
            assertTrue(e.getMessage().startsWith("unexpected response from CircleCI (HTTP 200): "), e.getMessage());
            assertTrue(e.getMessage().endsWith("and the body was empty"), e.getMessage());
        }
    }

    @Test
    void aGzippedAnswerOverTheCapOnceDecompressedIsRefused() throws IOException {
        // 65 MiB of spaces, ~64 KiB compressed: the cap holds for what it decompresses to
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withHeader("Content-Encoding", "gzip").withBody(gzip(new byte[65 << 20]))));

        try (CircleCiClient client = client()) {
            ApiException e = assertThrows(ApiException.class, () -> client.listBuilds(SLUG, new BuildQuery(null, null, 30, 0)));
            assertEquals(ExitCode.ERROR, e.exitCode());
            assertTrue(e.getMessage().endsWith("was larger than 64 MiB; not reading it"), e.getMessage());
        }
        assertEquals(0, sleeps.size(), "not retried");
    }

    @Test
    void aKnownFieldOfTheWrongTypeIsDroppedNotFatal() {
        wm.stubFor(get(urlEqualTo("/api/v1.1/project/github/acme/svc?limit=30&offset=0"))
                .willReturn(okJson("[{\"build_num\": 5, \"status\": \"success\", \"user\": \"none\", "
                        + "\"workflows\": [1, 2], \"retry_of\": \"soon\", \"build_time_millis\": {\"ms\": 1}, "
                        + "\"subject\": \"kept\"}]")));

        List<Build> builds;
        try (CircleCiClient client = client()) {
            builds = client.listBuilds(SLUG, new BuildQuery(null, null, 30, 0));
        }

        assertEquals(1, builds.size());
        Build b = builds.get(0);
        assertEquals(5, b.buildNum());
        assertEquals("kept", b.subject());
        assertNull(b.user());
        assertNull(b.workflows());
        assertNull(b.retryOf());
        assertNull(b.buildTimeMillis());
    }

    @Test
    void buildNumbersStartAtOne() {
        try (CircleCiClient client = client()) {
            assertThrows(IllegalArgumentException.class, () -> client.cancelBuild(SLUG, 0));
        }
        wm.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void originsCompareSchemeHostAndEffectivePort() {
        assertTrue(Transport.sameOrigin(URI.create("https://circleci.com/api/v1.1"), URI.create("https://CircleCI.com:443/x")));
        assertTrue(!Transport.sameOrigin(URI.create("https://circleci.com/api"), URI.create("http://circleci.com/api")));
        assertTrue(!Transport.sameOrigin(URI.create("https://circleci.com/api"), URI.create("https://circleci.com:8443/api")));
        assertTrue(!Transport.sameOrigin(URI.create("https://circleci.com/api"), URI.create("https://circleci.com.evil/api")));
    }
}
