package dev.circleview.api;

import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The TLS handshake made ahead of the first request: against a real TLS server on loopback (the
 * key pair bundled for the start-up training run, a certificate for 127.0.0.1), it completes a
 * handshake and sends nothing over it, and the client that follows resumes its session.
 */
class PreconnectTest {
    private static final String RESOURCES = "/dev/circleview/startup/";

    @TempDir
    Path dir;

    private Path ca;
    private SSLServerSocket server;
    private Thread serving;
    /** Per accepted connection: the bytes of application data received, and the session's creation time. */
    private final List<long[]> connections = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        ca = dir.resolve("ca.pem");
        try (InputStream in = getClass().getResourceAsStream(RESOURCES + "training-ca.pem")) {
            Files.copy(in, ca);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = getClass().getResourceAsStream(RESOURCES + "training.p12")) {
            keys.load(in, "training-only".toCharArray());
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, "training-only".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 10, InetAddress.getLoopbackAddress());
        serving = new Thread(this::serve, "test-tls-server");
        serving.setDaemon(true);
        serving.start();
    }

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    /** Answers an HTTP request with "[]"; a connection that sends nothing is counted as such. */
    private void serve() {
        while (!server.isClosed()) {
            try (SSLSocket socket = (SSLSocket) server.accept()) {
                socket.setSoTimeout(10_000);
                socket.startHandshake();
                InputStream in = socket.getInputStream();
                byte[] request = new byte[8192];
                int n = in.read(request);
                connections.add(new long[] {Math.max(n, 0), socket.getSession().getCreationTime()});
                if (n > 0) {
                    OutputStream out = socket.getOutputStream();
                    out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n[]".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            } catch (IOException e) {
                // a closed server, or a client that gave up: the assertions say what mattered
            }
        }
    }

    private URI root() {
        return URI.create("https://127.0.0.1:" + server.getLocalPort() + "/api/v1.1");
    }

    @Test
    void handshakesAndSendsNothing() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Preconnect.to(root(), ca));

        waitForConnections(1);
        assertEquals(0, connections.get(0)[0], "no request, no token: not one byte of application data");
    }

    @Test
    void theClientThatFollowsResumesTheSession() throws Exception {
        Preconnect.to(root(), ca);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .sslContext(TlsTrust.withExtraAuthorities(ca)).build();

        Preconnect.awaitFor(root());
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(root().resolve("/api/v1.1/me")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals("[]", response.body());
        waitForConnections(2);
        assertEquals(connections.get(0)[1], connections.get(1)[1],
                "the second connection resumed the first one's session (the same session creation time)");
    }

    @Test
    void theSameCaFileGivesTheSameContextAndAnotherFileAnother() throws Exception {
        Path copy = Files.copy(ca, dir.resolve("copy.pem"));
        Path other = dir.resolve("other.pem");
        Files.writeString(other, Files.readString(ca) + Files.readString(ca));

        assertSame(TlsTrust.withExtraAuthorities(ca), TlsTrust.withExtraAuthorities(copy));
        assertNotSame(TlsTrust.withExtraAuthorities(ca), TlsTrust.withExtraAuthorities(other));
    }

    @Test
    void noConnectionForPlainHttp() throws Exception {
        Preconnect.to(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/api/v1.1"), null);
        Preconnect.to(URI.create("https://127.0.0.1:" + server.getLocalPort() + "/api/v1.1"), dir.resolve("missing.pem"));

        assertTrue(connections.isEmpty(), "plain http is not preconnected, and a CA file that cannot be read stops it");
    }

    @Test
    void aHostThatNeverAnswersIsGivenUp() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            URI root = URI.create("https://127.0.0.1:" + silent.getLocalPort() + "/");
            // accepted by the kernel, never answered: the read timeout ends the wait
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Preconnect.to(root, ca));
        }
    }

    @Test
    void aCommandPreconnectsToTheApiHostOfItsFlagsAndSendsItsRequestOnItsOwnConnection() throws Exception {
        TestContext.Result result = new TestContext(dir).env("CIRCLE_VIEW_API_URL", "https://127.0.0.1:1/unused")
                .env("CIRCLECI_AUTH_TOKEN", "secret-token")
                .run("builds", "-p", "gh/acme/svc", "--api-url", root().toString(), "--cacert", ca.toString());
        joinPreconnect();

        assertEquals(0, result.exitCode(), result::toString);
        waitForConnections(2);
        assertEquals(0, connections.get(0)[0], "the preconnect sent nothing");
        assertTrue(connections.get(1)[0] > 0, "the request came on a connection of its own");
    }

    private static void joinPreconnect() throws InterruptedException {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("circle-view-preconnect")) {
                t.join(30_000);
            }
        }
    }

    private void waitForConnections(int n) throws InterruptedException {
        for (int i = 0; i < 3_000 && connections.size() < n; i++) {
            Thread.sleep(10);
        }
        assertEquals(n, connections.size(), "connections the server saw");
    }
}
