package dev.circleview.api;

import dev.circleview.core.ApiException;
import dev.circleview.core.ExitCode;
import dev.circleview.core.Text;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Sends every request circle-view makes. To the API root: the token goes only in the
 * {@code Circle-Token} header and only to the configured origin, as do the headers of the config
 * file, and redirects are followed only within that origin. To other hosts ({@link #openExternal}: step logs, artifacts): redirects are
 * followed anywhere, and the token goes only where the caller's {@link TokenPolicy} allows, checked
 * at every hop. GETs are retried on network errors, timeouts, 429 and 5xx (before any byte of a body
 * is handed over) within a deadline; POSTs (retry, cancel, trigger) are sent exactly once, since
 * CircleCI may have acted on a request whose answer was lost.
 */
final class Transport implements AutoCloseable {
    /** The most an answer may weigh. */
    static final long BODY_CAP = 64L * 1024 * 1024;
    static final int MAX_REDIRECTS = 5;
    static final String TOKEN_HEADER = "Circle-Token";
    /** The most of an error answer from another host that is read (then the connection is dropped). */
    static final int ERROR_BODY_CAP = 8 * 1024;
    private static final Duration MAX_ATTEMPT_TIME = Duration.ofSeconds(30);

    private final ClientSettings settings;
    private final ClientListener listener;
    private final RetryPolicy retryPolicy;
    private final HttpClients clients;
    private final StallGuard stallGuard;
    private final long deadlineNanos;
    private final String base;
    private final Secrets secrets;
    /** The configured headers' names, sorted, so that requests and --debug lines list them the same way every time. */
    private final List<String> headerNames;

    Transport(ClientSettings settings, ClientListener listener, Sleeper sleeper) {
        this.settings = settings;
        this.listener = listener;
        this.retryPolicy = new RetryPolicy(settings.retries(), sleeper);
        this.deadlineNanos = System.nanoTime() + settings.timeout().toNanos();
        this.base = settings.baseUrl().toString().replaceAll("/+$", "");
        this.clients = new HttpClients(settings);
        this.stallGuard = new StallGuard(settings.timeout());
        this.secrets = Secrets.of(settings);
        this.headerNames = settings.headers().keySet().stream().sorted().toList();
    }

    /** GETs {@code base/pathAndQuery}, retrying transient failures; returns the body of a 2xx answer. */
    byte[] get(String pathAndQuery, String what) {
        return get(pathAndQuery, what, deadlineNanos);
    }

    /** {@link #get(String, String)} within its own deadline ({@link System#nanoTime()} based) rather than the command's. */
    byte[] get(String pathAndQuery, String what, long deadline) {
        return send(new Call<>("GET", URI.create(base + "/" + pathAndQuery), what, null, BodyKind.API, null, deadline));
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
        return send(new Call<>("POST", URI.create(base + "/" + path), what, json, BodyKind.API, null, deadlineNanos));
    }

    /**
     * GETs an absolute http(s) address outside the API root, such as a step's {@code output_url} or an
     * artifact, and returns its body as a stream, which the caller must close (closing it early drops
     * the connection). Retried like every GET (network errors, no answer in time, 429, 5xx), but only
     * until the answer's headers arrive: a failure while the caller reads the stream is an
     * {@link IOException} from it, or an {@link ApiException} (exit 9) when the body stops coming for
     * as long as {@code --timeout} ({@link StallGuard}). Redirects are followed to any http(s) host, at most
     * {@link #MAX_REDIRECTS}. The time limit ({@code --timeout}) counts from this call, not from the
     * command's start, since downloads may come long after it. A non-2xx answer is an
     * {@link ApiException} carrying its status (401/403 exit 4, 404/410 exit 5, 429/5xx exit 9, other
     * exit 1), with at most {@link #ERROR_BODY_CAP} bytes of it read.
     *
     * @param token who may receive {@code Circle-Token}: {@link TokenPolicy#NEVER} for presigned links
     *              (logs), {@link TokenPolicy#ARTIFACT_HOSTS} for artifact downloads
     * @param what  what is fetched, for messages ("the log of step \"test\"")
     */
    InputStream openExternal(URI uri, TokenPolicy token, String what) {
        checkWebAddress(uri, what);
        InputStream body = send(new Call<>("GET", uri, what, null, BodyKind.EXTERNAL, token,
                System.nanoTime() + settings.timeout().toNanos()));
        return stallGuard.guard(body, NetworkErrors.forHost(uri.getHost(), secrets).who(), what);
    }

    private static void checkWebAddress(URI uri, String what) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new ApiException(ExitCode.ERROR, 0, "the address CircleCI gave for " + what + " is not an http(s) address",
                    "run with --debug to see the request");
        }
    }

    /** One request: {@code token} is null for the API (the token always goes, to its origin only). */
    private record Call<T>(String method, URI uri, String what, byte[] json, BodyKind<T> kind, TokenPolicy token, long deadline) {
        boolean api() {
            return token == null;
        }
    }

    private <T> T send(Call<T> call) {
        listener.requestStarted();
        try {
            return attempts(call);
        } finally {
            listener.requestFinished();
        }
    }

    private <T> T attempts(Call<T> call) {
        boolean idempotent = call.method.equals("GET");
        int attempt = 1;
        while (true) {
            Outcome<T> outcome = exchange(call);
            if (outcome.failure == null) {
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
            if (delay == null || System.nanoTime() + delay.toNanos() >= call.deadline) {
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
    private record Outcome<T>(T body, ApiException failure, boolean retryable, Duration retryAfter) {
        static <T> Outcome<T> ok(T body) {
            return new Outcome<>(body, null, false, null);
        }

        static <T> Outcome<T> fail(ApiException e, boolean retryable, Duration retryAfter) {
            return new Outcome<>(null, e, retryable, retryAfter);
        }
    }

    /** One try, following the redirects the call allows. */
    private <T> Outcome<T> exchange(Call<T> call) {
        URI target = call.uri;
        for (int hops = 0; ; hops++) {
            NetworkErrors errors = call.api() ? NetworkErrors.forApi(settings) : NetworkErrors.forHost(target.getHost(), secrets);
            long remaining = call.deadline - System.nanoTime();
            if (remaining <= 0) {
                return Outcome.fail(errors.timedOut(settings.timeout()), false, null);
            }
            Duration attemptTime = HttpClients.min(Duration.ofNanos(remaining), MAX_ATTEMPT_TIME);
            HttpRequest.Builder request = HttpRequest.newBuilder(target)
                    .timeout(attemptTime)
                    .header("Accept", call.api() ? "application/json" : "*/*")
                    .header("User-Agent", settings.userAgent())
                    .method(call.method, call.json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(call.json));
            if (call.json != null) {
                request.header("Content-Type", "application/json");
            }
            if (call.kind == BodyKind.API) {
                // read whole by CappedBody, which decompresses: JSON shrinks ~10x, so there is less to
                // carry and to decrypt (a list of 1000 builds is 2.6 MB)
                request.header("Accept-Encoding", "gzip");
            }
            boolean withToken = settings.token() != null && (call.api() || call.token.allows(call.uri, target, settings.baseUrl()));
            List<String> sent = new ArrayList<>();
            if (withToken) {
                request.header(TOKEN_HEADER, settings.token());
                sent.add(TOKEN_HEADER);
            }
            // the configured headers go to the API's origin only, never to artifact hosts or where they redirect
            if (sameOrigin(settings.baseUrl(), target)) {
                for (String name : headerNames) {
                    if (!(withToken && name.equalsIgnoreCase(TOKEN_HEADER))) {
                        request.header(name, settings.headers().get(name));
                        sent.add(name);
                    }
                }
            }
            listener.debug("> " + call.method + " " + shown(target, call) + "  (" + (withToken ? "" : "no token")
                    + (withToken || sent.isEmpty() ? "" : "; ") + sent.stream().map(name -> name + ": ***").collect(Collectors.joining(", ")) + ")");
            long start = System.nanoTime();
            CompletableFuture<HttpResponse<T>> future = clients.forTarget(target).sendAsync(request.build(), call.kind.handler());
            HttpResponse<T> response;
            try {
                response = future.get(attemptTime.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                future.cancel(true);
                throw interrupted(e);
            } catch (TimeoutException e) {
                future.cancel(true);
                listener.debug("< no answer after " + ms(start) + " ms");
                return Outcome.fail(System.nanoTime() >= call.deadline ? errors.timedOut(settings.timeout()) : errors.noAnswer(attemptTime), true, null);
            } catch (ExecutionException e) {
                return failed(e.getCause(), call, errors, start, attemptTime);
            }
            int status = response.statusCode();
            T body = response.body();
            listener.debug("< " + status + " in " + ms(start) + " ms, " + call.kind.size(body)
                    + response.headers().firstValue("X-Circleci-Request-Id").map(id -> ", request id " + id).orElse(""));
            if (status >= 200 && status < 300) {
                return Outcome.ok(body);
            }
            byte[] errorBody = call.kind.errorBody(body);
            String location = response.headers().firstValue("Location").orElse(null);
            if (isRedirect(status) && location != null) {
                String method = call.method;
                if (!method.equals("GET") || hops >= MAX_REDIRECTS) {
                    String why = (hops >= MAX_REDIRECTS ? "too many redirects" : "a redirect") + " (HTTP " + status + ")";
                    return Outcome.fail(call.api()
                            ? new ApiException(ExitCode.ERROR, status, "CircleCI answered " + method + " " + call.what + " with " + why,
                                    "check --api-url: it should be the API root, e.g. https://circleci.com/api/v1.1")
                            : new ApiException(ExitCode.ERROR, status, errors.who() + " answered " + call.what + " with " + why,
                                    "run with --debug to see the requests"), false, null);
                }
                target = call.api() ? redirectTarget(target, location, call.what) : externalRedirect(target, location, call.what);
                listener.debug("  following the redirect to " + shown(target, call));
                continue;
            }
            Duration retryAfter = RetryPolicy.parseRetryAfter(response.headers().firstValue("Retry-After").orElse(null));
            ApiException error = call.api()
                    ? HttpErrors.fromStatus(status, errorBody, response.headers().firstValue("Content-Type").orElse(""),
                            call.what, settings, retryAfter)
                    : HttpErrors.fromExternalStatus(status, call.what, errors.who(), retryAfter);
            return Outcome.fail(error, status == 429 || status >= 500, retryAfter);
        }
    }

    /**
     * An address for {@code --debug}: another host's without its query, which for a presigned link is
     * the signature (a credential while it lasts).
     */
    private static String shown(URI target, Call<?> call) {
        if (call.api() || target.getRawQuery() == null) {
            return target.toString();
        }
        String s = target.toString();
        return s.substring(0, s.indexOf('?')) + "?…";
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** The redirect's target when it stays on the API's origin; otherwise an error, so the token never leaves. */
    private URI redirectTarget(URI from, String location, String what) {
        URI next = resolve(from, location, what, "CircleCI");
        URI api = settings.baseUrl();
        if (!sameOrigin(api, next)) {
            throw new ApiException(ExitCode.ERROR, 0,
                    "CircleCI redirected " + what + " to another host ("
                            + Text.quoteForMessage(secrets.redact(String.valueOf(next.getHost())))
                            + "); not following it, so the token is not sent there",
                    "check --api-url: it should be the API root on " + api.getHost());
        }
        return next;
    }

    /** A redirect from another host: anywhere on http(s); whether the token goes is decided per hop. */
    private static URI externalRedirect(URI from, String location, String what) {
        URI next = resolve(from, location, what, Text.quoteForMessage(String.valueOf(from.getHost())));
        checkWebAddress(next, what);
        return next;
    }

    private static URI resolve(URI from, String location, String what, String who) {
        try {
            return from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new ApiException(ExitCode.ERROR, 0, who + " redirected " + what + " to an invalid address", null);
        }
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

    private <T> Outcome<T> failed(Throwable cause, Call<T> call, NetworkErrors errors, long start, Duration attemptTime) {
        listener.debug("< failed after " + ms(start) + " ms: " + cause.getClass().getSimpleName());
        if (cause instanceof CappedBody.TooLargeException) {
            return Outcome.fail(new ApiException(ExitCode.ERROR, 0,
                    "CircleCI's answer for " + call.what + " was larger than " + (BODY_CAP >> 20) + " MiB; not reading it",
                    "ask for less, e.g. fewer builds with --limit"), false, null);
        }
        if (cause instanceof CappedBody.CorruptEncodingException) {
            return Outcome.fail(new ApiException(ExitCode.UNAVAILABLE, 0,
                    "CircleCI's answer for " + call.what + " came gzip-compressed but does not decompress",
                    "try again; if it persists, a proxy on the way may be damaging answers"), true, null);
        }
        if (cause instanceof HttpTimeoutException) {
            return Outcome.fail(System.nanoTime() >= call.deadline ? errors.timedOut(settings.timeout()) : errors.noAnswer(attemptTime), true, null);
        }
        ApiException e = errors.network(cause);
        return Outcome.fail(e, e.exitCode() == ExitCode.UNAVAILABLE, null);
    }

    static ApiException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new ApiException(ExitCode.INTERRUPTED, 0, "interrupted", null, e);
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    @Override
    public void close() {
        stallGuard.close();
        clients.close();
    }
}
