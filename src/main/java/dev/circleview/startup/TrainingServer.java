package dev.circleview.startup;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * A loopback HTTPS responder for the start-up training run: answers the builds list of
 * {@code github/acme/training} and the detail of one build with bundled answers, and anything else
 * with a 404, so that training exercises TLS, JSON and error mapping with neither a network nor a
 * token. It presents a {@link TrainingChain}, made in memory for the run: like most public servers',
 * an ECDSA P-256 certificate signed by an RSA CA, so that training runs what a real handshake checks.
 */
final class TrainingServer implements AutoCloseable {
    static final String PROJECT = "github/acme/training";

    /** The build whose detail the server knows. */
    static final int BUILD = 5000;

    private final SSLServerSocket socket;
    private final byte[] builds;
    private final byte[] build;
    private final Thread thread;

    private TrainingServer(SSLServerSocket socket, byte[] builds, byte[] build) {
        this.socket = socket;
        this.builds = builds;
        this.build = build;
        this.thread = new Thread(this::serve, "training-server");
        this.thread.setDaemon(true);
    }

    /** A server presenting {@code chain}, on a free loopback port. */
    static TrainingServer start(TrainingChain chain) throws IOException, GeneralSecurityException {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(chain.keyManagers(), null, null);
        SSLServerSocket socket = (SSLServerSocket) tls.getServerSocketFactory()
                .createServerSocket(0, 16, InetAddress.getLoopbackAddress());
        TrainingServer server = new TrainingServer(socket, bytes("training-builds.json"), bytes("training-build.json"));
        server.thread.start();
        return server;
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = TrainingServer.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        return in;
    }

    /** The API root to point circle-view at. */
    String apiUrl() {
        return "https://127.0.0.1:" + socket.getLocalPort() + "/api/v1.1";
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                answer(s);
            } catch (IOException e) {
                // a client that hung up, or the socket closing at the end of training
            }
        }
    }

    private void answer(Socket s) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
        String requestLine = in.readLine();
        if (requestLine == null) {
            return;
        }
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            // headers are not needed
        }
        String[] parts = requestLine.split(" ");
        String target = parts.length > 1 ? parts[1] : "";
        String project = "/api/v1.1/project/" + PROJECT;
        byte[] body = target.startsWith(project + "?") ? builds
                : target.equals(project + "/" + BUILD) ? build
                : null;
        boolean known = body != null;
        if (!known) {
            body = "{\"message\":\"Project not found\"}".getBytes(StandardCharsets.US_ASCII);
        }
        String head = "HTTP/1.1 " + (known ? "200 OK" : "404 Not Found") + "\r\n"
                + "Content-Type: application/json; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n\r\n";
        OutputStream out = s.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
