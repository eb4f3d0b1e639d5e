package dev.circleview.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The HTTP clients {@link Transport} sends with: one for the API root, and, when that root is plain
 * http (whose client skips loading the CA list), a second made on first use for https hosts.
 * Redirects are never followed by the JDK: {@link Transport} decides each hop itself.
 */
final class HttpClients implements AutoCloseable {
    private final ClientSettings settings;
    private final HttpClient api;
    private HttpClient tls;

    HttpClients(ClientSettings settings) {
        this.settings = settings;
        this.api = make(!https(settings.baseUrl()));
    }

    private static boolean https(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme());
    }

    private HttpClient make(boolean withoutTls) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(min(ClientSettings.CONNECT_TIMEOUT, settings.timeout()));
        if (withoutTls) {
            builder.sslContext(NoTls.context());
        } else if (settings.caCert() != null) {
            builder.sslContext(TlsTrust.withExtraAuthorities(settings.caCert()));
        }
        return builder.build();
    }

    /** The client that can reach {@code target}. */
    synchronized HttpClient forTarget(URI target) {
        if (!https(target) || https(settings.baseUrl())) {
            return api;
        }
        if (tls == null) {
            tls = make(false);
        }
        return tls;
    }

    static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * Stops the clients' selector threads. On JDK 21+ {@code HttpClient} is {@code AutoCloseable}. On
     * 17-20 it is not, and its selector thread sits in native {@code epoll_wait}, which makes the VM's
     * exit wait for it (docs/performance.md); interrupting the thread wakes the selector and ends its loop.
     */
    @Override
    public void close() {
        HttpClient other;
        synchronized (this) {
            other = tls;
        }
        boolean closed = close(api);
        if (other != null) {
            closed &= close(other);
        }
        if (closed) {
            return;
        }
        ThreadGroup group = Thread.currentThread().getThreadGroup();
        Thread[] threads = new Thread[group.activeCount() + 8];
        int n = group.enumerate(threads, true);
        for (int i = 0; i < n; i++) {
            Thread t = threads[i];
            if (t.getName().startsWith("HttpClient-") && t.getName().endsWith("-SelectorManager")) {
                t.interrupt();
                try {
                    t.join(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Closes {@code client} when it can be (JDK 21+); false when its threads must be stopped instead. */
    private static boolean close(HttpClient client) {
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing is best effort; the process is about to exit
            }
            return true;
        }
        return false;
    }
}
