package dev.circleview.api;

import dev.circleview.core.ApiException;
import dev.circleview.core.ExitCode;
import dev.circleview.core.Text;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends requests to the API root and nowhere else: the token goes only in the {@code Circle-Token}
 * header and only to the configured origin; redirects are followed only within that origin. GETs
 * are retried on network errors, timeouts, 429 and 5xx within one overall deadline; POSTs (retry,
 * cancel, trigger) are sent exactly once, since CircleCI may have acted on a request whose answer
 * was lost.
 */
final class Transport implements AutoCloseable {
    /** The most an answer may weigh. */
    static final long BODY_CAP = 64L * 1024 * 1024;
    static final int MAX_REDIRECTS = 5;
    private static final Duration MAX_ATTEMPT_TIME = Duration.ofSeconds(30);

    private final ClientSettings settings;
    private final ClientListener listener;
    private final RetryPolicy retryPolicy;
    private final HttpClient http;
    private final long deadlineNanos;
    private final String base;

    Transport(ClientSettings settings, ClientListener listener, Sleeper sleeper) {
        this.settings = settings;
        this.listener = listener;
        this.retryPolicy = new RetryPolicy(settings.retries(), sleeper);
        this.deadlineNanos = System.nanoTime() + settings.timeout().toNanos();
        this.base = settings.baseUrl().toString().replaceAll("/+$", "");
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(min(ClientSettings.CONNECT_TIMEOUT, settings.timeout()));
        if (!"https".equalsIgnoreCase(settings.baseUrl().getScheme())) {
            builder.sslContext(TlsTrust.unused());
        } else if (settings.caCert() != null) {
            builder.sslContext(TlsTrust.withExtraAuthorities(settings.caCert()));
        }
        this.http = builder.build();
    }

    /** GETs {@code base/pathAndQuery}, retrying transient failures; returns the body of a 2xx answer. */
    byte[] get(String pathAndQuery, String what) {
        return send("GET", pathAndQuery, what, null);
    }

    /** POSTs to {@code base/path} once, never retried; returns the body of a 2xx answer. */
    byte[] post(String path, String what) {
        return post(path, what, null);
    }

    /**
     * POSTs {@code json} (sent as {@code application/json}; null for no body) to {@code base/path}
     * once, never retried nor redirected; returns the body of a 2xx answer.
     */
    byte[] post(String path, String what, byte[] json) {
        return send("POST", path, what, json);
    }

    private byte[] send(String method, String pathAndQuery, String what, byte[] json) {
        URI uri = URI.create(base + "/" + pathAndQuery);
        boolean idempotent = method.equals("GET");
        int attempt = 1;
        while (true) {
            Outcome outcome = exchange(method, uri, what, json);
            if (outcome.body != null) {
                return outcome.body;
            }
            ApiException failure = outcome.failure;
            if (!idempotent) {
                throw sentOnce(failure);
            }
            if (!outcome.retryable || attempt > retryPolicy.retries()) {
                throw failure;
            }
            Duration delay = retryPolicy.delay(attempt, outcome.retryAfter);
            if (delay == null || System.nanoTime() + delay.toNanos() >= deadlineNanos) {
                throw failure;
            }
            listener.retrying(failure.getMessage(), delay, attempt + 1, retryPolicy.retries() + 1);
            listener.debug("retry " + (attempt + 1) + "/" + (retryPolicy.retries() + 1) + " in "
                    + delay.toMillis() + " ms after: " + failure.getMessage());
            try {
                retryPolicy.sleep(delay);
            } catch (InterruptedException e) {
                throw interrupted(e);
            }
            attempt++;
        }
    }

    /**
     * A failed POST with its hint saying what matters most: when the answer was lost or the server
     * failed (not a 429, which turns requests away), CircleCI may have acted all the same.
     */
    private static ApiException sentOnce(ApiException failure) {
        if (failure.exitCode() != ExitCode.UNAVAILABLE || failure.status() == 429) {
            return failure;
        }
        return new ApiException(failure.exitCode(), failure.status(), failure.getMessage(),
                "it was sent once and not repeated, and CircleCI may have acted on it: "
                        + "check with 'circle-view builds' before trying again", failure.getCause());
    }

    /** What one try came to: a body, or a failure that may be worth another try. */
    private record Outcome(byte[] body, ApiException failure, boolean retryable, Duration retryAfter) {
        static Outcome ok(byte[] body) {
            return new Outcome(body, null, false, null);
        }

        static Outcome fail(ApiException e, boolean retryable, Duration retryAfter) {
            return new Outcome(null, e, retryable, retryAfter);
        }
    }

    /** One try, following same-origin redirects. */
    private Outcome exchange(String method, URI uri, String what, byte[] json) {
        URI target = uri;
        for (int hops = 0; ; hops++) {
            long remaining = deadlineNanos - System.nanoTime();
            if (remaining <= 0) {
                return Outcome.fail(timedOut(), false, null);
            }
            Duration attemptTime = min(Duration.ofNanos(remaining), MAX_ATTEMPT_TIME);
            HttpRequest.Builder request = HttpRequest.newBuilder(target)
                    .timeout(attemptTime)
                    .header("Accept", "application/json")
                    .header("User-Agent", settings.userAgent())
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            if (settings.token() != null) {
                request.header("Circle-Token", settings.token());
            }
            listener.debug("> " + method + " " + target + (settings.token() != null ? "  (Circle-Token: ***)" : "  (no token)"));
            long start = System.nanoTime();
            CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request.build(), CappedBody.handler(BODY_CAP));
            HttpResponse<byte[]> response;
            try {
                response = future.get(attemptTime.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                future.cancel(true);
                throw interrupted(e);
            } catch (TimeoutException e) {
                future.cancel(true);
                listener.debug("< no answer after " + ms(start) + " ms");
                return Outcome.fail(System.nanoTime() >= deadlineNanos ? timedOut() : noAnswer(attemptTime), true, null);
            } catch (ExecutionException e) {
                return failed(e.getCause(), what, start, attemptTime);
            }
            int status = response.statusCode();
            byte[] body = response.body();
            listener.debug("< " + status + " in " + ms(start) + " ms, " + body.length + " bytes"
                    + response.headers().firstValue("X-Circleci-Request-Id").map(id -> ", request id " + id).orElse(""));
            if (status >= 200 && status < 300) {
                return Outcome.ok(body);
            }
            String location = response.headers().firstValue("Location").orElse(null);
            if (isRedirect(status) && location != null) {
                URI next = redirectTarget(target, location, what);
                if (!method.equals("GET") || hops >= MAX_REDIRECTS) {
                    return Outcome.fail(new ApiException(ExitCode.ERROR, status,
                            "CircleCI answered " + method + " " + what + " with " + (hops >= MAX_REDIRECTS ? "too many redirects" : "a redirect")
                                    + " (HTTP " + status + ")", "check --api-url: it should be the API root, e.g. https://circleci.com/api/v1.1"),
                            false, null);
                }
                listener.debug("  following the redirect to " + next);
                target = next;
                continue;
            }
            Duration retryAfter = RetryPolicy.parseRetryAfter(response.headers().firstValue("Retry-After").orElse(null));
            ApiException error = HttpErrors.fromStatus(status, body, response.headers().firstValue("Content-Type").orElse(""),
                    what, settings.token(), retryAfter);
            return Outcome.fail(error, status == 429 || status >= 500, retryAfter);
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** The redirect's target when it stays on the API's origin; otherwise an error, so the token never leaves. */
    private URI redirectTarget(URI from, String location, String what) {
        URI next;
        try {
            next = from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new ApiException(ExitCode.ERROR, 0, "CircleCI redirected " + what + " to an invalid address", null);
        }
        URI api = settings.baseUrl();
        if (!sameOrigin(api, next)) {
            throw new ApiException(ExitCode.ERROR, 0,
                    "CircleCI redirected " + what + " to another host ("
                            + Text.quoteForMessage(HttpErrors.redact(String.valueOf(next.getHost()), settings.token()))
                            + "); not following it, so the token is not sent there",
                    "check --api-url: it should be the API root on " + api.getHost());
        }
        return next;
    }

    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(String.valueOf(b.getScheme()))
                && a.getHost() != null && a.getHost().equalsIgnoreCase(String.valueOf(b.getHost()))
                && port(a) == port(b);
    }

    private static int port(URI u) {
        if (u.getPort() != -1) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    private Outcome failed(Throwable cause, String what, long start, Duration attemptTime) {
        listener.debug("< failed after " + ms(start) + " ms: " + cause.getClass().getSimpleName());
        if (cause instanceof CappedBody.TooLargeException) {
            return Outcome.fail(new ApiException(ExitCode.ERROR, 0,
                    "CircleCI's answer for " + what + " was larger than " + (BODY_CAP >> 20) + " MiB; not reading it",
                    "ask for less, e.g. fewer builds with --limit"), false, null);
        }
        if (cause instanceof HttpTimeoutException) {
            return Outcome.fail(System.nanoTime() >= deadlineNanos ? timedOut() : noAnswer(attemptTime), true, null);
        }
        return Outcome.fail(networkError(cause), true, null);
    }

    private ApiException networkError(Throwable cause) {
        String host = settings.baseUrl().getHost();
        String text = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
        String what;
        if (cause instanceof java.net.ConnectException) {
            what = "cannot reach CircleCI at " + host + ": connection refused";
        } else if (cause instanceof java.nio.channels.UnresolvedAddressException || cause instanceof java.net.UnknownHostException) {
            what = "cannot reach CircleCI at " + host + ": unknown host";
        } else if (cause instanceof javax.net.ssl.SSLException) {
            what = "cannot reach CircleCI at " + host + ": TLS failed (" + tlsReason(cause) + ")";
        } else if (text.contains("content-length") || text.contains("eof") || text.contains("reset")) {
            what = "the connection to " + host + " closed before CircleCI's answer was complete";
        } else {
            what = "network error talking to " + host + ": " + Text.quoteForMessage(HttpErrors.redact(
                    cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), settings.token()));
        }
        String hint = cause instanceof javax.net.ssl.SSLException
                ? "for a private CA, pass its certificate with --cacert FILE" : "check your network, proxy and --api-url";
        return new ApiException(ExitCode.UNAVAILABLE, 0, what, hint, cause);
    }

    /** Why a TLS handshake failed, in words rather than JSSE's exception chain. */
    private String tlsReason(Throwable cause) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = cause; t != null && all.length() < 2000; t = t.getCause()) {
            all.append(' ').append(t.getMessage());
        }
        String text = all.toString();
        if (text.contains("PKIX path") || text.contains("unable to find valid certification path")) {
            return "the server's certificate is not signed by an authority this machine trusts";
        }
        if (text.contains("No subject alternative") || text.contains("No name matching")) {
            return "the server's certificate is for another host name";
        }
        if (text.contains("validity check failed") || text.contains("NotAfter") || text.contains("expired")) {
            return "the server's certificate has expired or is not valid yet";
        }
        String first = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return Text.quoteForMessage(HttpErrors.redact(first.replaceAll("[a-z]+(\\.[a-z]+)+\\.[A-Za-z]+Exception: ", ""),
                settings.token()));
    }

    private ApiException timedOut() {
        return new ApiException(ExitCode.UNAVAILABLE, 0,
                "CircleCI did not answer within " + settings.timeout().toSeconds() + " s",
                "try again, or allow more time with --timeout SECONDS");
    }

    private static ApiException noAnswer(Duration waited) {
        return new ApiException(ExitCode.UNAVAILABLE, 0,
                "CircleCI did not answer within " + waited.toSeconds() + " s", "try again later");
    }

    static ApiException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new ApiException(ExitCode.INTERRUPTED, 0, "interrupted", null, e);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /**
     * Stops the client's selector thread. On JDK 21+ {@code HttpClient} is {@code AutoCloseable}. On
     * 17-20 it is not, and its selector thread sits in native {@code epoll_wait}, which makes the VM's
     * exit wait ~300 ms for it; interrupting the thread wakes the selector and ends its loop.
     */
    @Override
    public void close() {
        if (http instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing is best effort; the process is about to exit
            }
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
}
