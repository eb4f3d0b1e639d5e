package dev.circleview.api;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A TLS handshake with the API host made ahead of the first request, on a second thread while the
 * command line is still being parsed, as browsers preconnect. Nothing is sent over it: no request,
 * no token. It uses the very TLS context the client will use, so the client's handshake finds the
 * crypto code warm and the host's session ticket cached, and resumes the session instead of checking
 * the certificate chain again; the host name lookup is cached for it too. Any failure is left for the
 * real request to report.
 */
public final class Preconnect {
    /** A host that does not answer this soon is slow enough that preconnecting buys nothing. */
    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;
    /** TLS 1.3 session tickets follow the handshake within a round trip; this bounds the wait for them. */
    private static final int TICKET_WAIT_MILLIS = 10;
    /** The longest the first request waits for a handshake under way before making its own. */
    private static final long AWAIT_MILLIS = 1_000;

    /** The preconnect under way or done, if any: its host, port and completion. */
    private record Attempt(String host, int port, CountDownLatch done) {
    }

    private static volatile Attempt attempt;

    private Preconnect() {
    }

    /**
     * Sets up TLS with {@code root}'s host when it is an https URL reached directly (no proxy).
     *
     * @param caFile the {@code --cacert} file the client will use, or null for the system's trust
     */
    public static void to(URI root, Path caFile) {
        if (!"https".equalsIgnoreCase(root.getScheme()) || root.getHost() == null || viaProxy(root)) {
            return;
        }
        String host = host(root);
        int port = port(root);
        Attempt current = new Attempt(host, port, new CountDownLatch(1));
        attempt = current;
        try (Socket raw = new Socket()) {
            SSLContext context = caFile == null ? SSLContext.getDefault() : TlsTrust.withExtraAuthorities(caFile);
            raw.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            raw.setTcpNoDelay(true);
            raw.setSoTimeout(CONNECT_TIMEOUT_MILLIS);
            try (SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(raw, host, port, true)) {
                SSLParameters parameters = tls.getSSLParameters();
                // as java.net.http sets it: the session is resumable only by a client that checks names alike
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                tls.setSSLParameters(parameters);
                tls.startHandshake();
                tls.setSoTimeout(TICKET_WAIT_MILLIS);
                readTickets(tls);
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            // the request itself will say what is wrong
        } finally {
            current.done().countDown();
        }
    }

    /**
     * Before a request to {@code target}: when a preconnect to its host is under way, waits (briefly)
     * for it, so that the request resumes that session with warm code instead of running a second
     * cold handshake beside it.
     */
    static void awaitFor(URI target) {
        Attempt current = attempt;
        if (current == null || current.done().getCount() == 0 || !"https".equalsIgnoreCase(target.getScheme())
                || !current.host().equalsIgnoreCase(host(target)) || current.port() != port(target)) {
            return;
        }
        try {
            current.done().await(AWAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String host(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    private static int port(URI uri) {
        return uri.getPort() < 0 ? 443 : uri.getPort();
    }

    /** Reading processes the session tickets the server sends after the handshake; no data follows. */
    private static void readTickets(SSLSocket tls) throws IOException {
        try {
            tls.getInputStream().read();
        } catch (SocketTimeoutException e) {
            // expected: the tickets came, and nothing else will
        }
    }

    private static boolean viaProxy(URI root) {
        ProxySelector selector = ProxySelector.getDefault();
        if (selector == null) {
            return false;
        }
        List<Proxy> proxies = selector.select(root);
        return !proxies.isEmpty() && proxies.get(0).type() != Proxy.Type.DIRECT;
    }
}
