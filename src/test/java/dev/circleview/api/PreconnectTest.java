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
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
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
import java.util.Set;
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
        if (savedSelector != null) {
            ProxySelector.setDefault(savedSelector);
        }
        server.close();
    }

    /** The proxy selector in place before {@link #observeHosts}, put back after the test. */
    private ProxySelector savedSelector;
    /** Every host the preconnect or the client meant to reach, as they asked the proxy selector. */
    private final List<String> hostsAskedFor = new CopyOnWriteArrayList<>();

    /**
     * Notes every host the preconnect and the client ask the proxy selector about (both do, before
     * connecting), and sends every host but loopback to a proxy, which a preconnect never goes
     * through: whatever the code under test meant to reach, nothing leaves the machine.
     */
    private void observeHosts() {
        savedSelector = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                hostsAskedFor.add(uri.getHost());
                return "127.0.0.1".equals(uri.getHost()) ? List.of(Proxy.NO_PROXY)
                        : List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(InetAddress.getLoopbackAddress(), 9)));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
                // the proxy is not there: nothing to note
            }
        });
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

    @Test
    void aConfigFilesTargetIsWhereTheCommandPreconnectsAndNoOtherHost() throws Exception {
        Path config = Files.writeString(dir.resolve("config.yaml"), "target: " + root() + "\ncacert: ca.pem\n");
        observeHosts();

        TestContext.Result result = new TestContext(dir).env("CIRCLE_VIEW_CONFIG", config.toString())
                .env("CIRCLECI_AUTH_TOKEN", "secret-token").run("builds", "-p", "gh/acme/svc");
        joinPreconnect();

        assertEquals(0, result.exitCode(), result::toString);
        waitForConnections(2);
        assertEquals(0, connections.get(0)[0], "the preconnect, to the config file's target, sent nothing");
        assertTrue(connections.get(1)[0] > 0, "the request came on a connection of its own");
        assertEquals(Set.of("127.0.0.1"), Set.copyOf(hostsAskedFor), "no other host (such as circleci.com) was to be reached");
    }

    @Test
    void aConfigFileTooRichForTheGuessMeansNoPreconnectAtAllNotOneToTheDefaultHost() throws Exception {
        Path config = Files.writeString(dir.resolve("config.yaml"), "target: ${TARGET}\ncacert: ca.pem\n");
        observeHosts();

        TestContext.Result result = new TestContext(dir).env("CIRCLE_VIEW_CONFIG", config.toString())
                .env("TARGET", root().toString()).env("CIRCLECI_AUTH_TOKEN", "secret-token").run("builds", "-p", "gh/acme/svc");
        joinPreconnect();

        assertEquals(0, result.exitCode(), result::toString);
        waitForConnections(1);
        assertTrue(connections.get(0)[0] > 0, "the only connection is the request's own: no preconnect");
        assertEquals(Set.of("127.0.0.1"), Set.copyOf(hostsAskedFor), "the default host, circleci.com, was never to be reached");
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
