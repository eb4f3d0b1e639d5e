package dev.circleview.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.circleview.api.model.Build;
import dev.circleview.api.model.Json;
import dev.circleview.core.ApiException;
import dev.circleview.core.ExitCode;
import dev.circleview.core.ProjectSlug;
import dev.circleview.core.Text;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;

/**
 * The only class that speaks HTTP. It builds URLs from validated parts, sends the token only in the
 * {@code Circle-Token} header and only to the configured origin, retries idempotent requests within
 * one overall deadline, and turns every failure into an {@link ApiException} with an exit code.
 */
public final class CircleCiClient implements AutoCloseable {
    /** The API returns at most this many builds per request. */
    public static final int PAGE_SIZE = 100;
    /** The most a list response may weigh. */
    static final long LIST_BODY_CAP = 64L * 1024 * 1024;
    private static final int MAX_CONCURRENT_PAGES = 4;
    private static final Duration MAX_ATTEMPT_TIME = Duration.ofSeconds(30);

    private final ClientSettings settings;
    private final ClientListener listener;
    private final RetryPolicy retryPolicy;
    private final HttpClient http;
    private final long deadlineNanos;

    public CircleCiClient(ClientSettings settings, ClientListener listener, Sleeper sleeper) {
        this.settings = settings;
        this.listener = listener;
        this.retryPolicy = new RetryPolicy(settings.retries(), sleeper);
        this.deadlineNanos = System.nanoTime() + settings.timeout().toNanos();
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(min(ClientSettings.CONNECT_TIMEOUT, settings.timeout()));
        if (settings.caCert() != null) {
            builder.sslContext(TlsTrust.withExtraAuthorities(settings.caCert()));
        }
        this.http = builder.build();
    }

    /** One request's worth of a list: {@code limit} builds from {@code offset}. */
    private record Page(int offset, int limit) {
    }

    /** Lists builds, newest first, fetching pages of {@link #PAGE_SIZE} concurrently when the limit needs several. */
    public List<Build> listBuilds(ProjectSlug slug, BuildQuery query) {
        String path = slug.apiPath() + (query.branch() == null ? "" : "/tree/" + PathSegments.encode(query.branch()));
        String what = "project " + slug;
        List<Page> pages = new ArrayList<>();
        for (int got = 0; got < query.limit(); got += PAGE_SIZE) {
            pages.add(new Page(query.offset() + got, Math.min(PAGE_SIZE, query.limit() - got)));
        }
        List<List<Build>> results = new ArrayList<>();
        if (pages.size() == 1) {
            results.add(fetchPage(path, query, pages.get(0), what));
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(pages.size(), MAX_CONCURRENT_PAGES), r -> {
                Thread t = new Thread(r, "circle-view-page");
                t.setDaemon(true);
                return t;
            });
            try {
                List<CompletableFuture<List<Build>>> futures = new ArrayList<>();
                for (Page page : pages) {
                    futures.add(CompletableFuture.supplyAsync(() -> fetchPage(path, query, page, what), pool));
                }
                for (int i = 0; i < futures.size(); i++) {
                    List<Build> page = join(futures.get(i));
                    results.add(page);
                    if (page.size() < pages.get(i).limit()) {
                        // the end of the list: what later pages say (even a failure past the end) does not matter
                        break;
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
        // Builds can shift between pages while paging: keep the first sighting of each number, in order.
        Set<Integer> seen = new HashSet<>();
        List<Build> all = new ArrayList<>();
        for (List<Build> page : results) {
            for (Build b : page) {
                if (b != null && (b.buildNum() == null || seen.add(b.buildNum()))) {
                    all.add(b);
                }
            }
        }
        return all.size() > query.limit() ? all.subList(0, query.limit()) : all;
    }

    private List<Build> fetchPage(String path, BuildQuery query, Page page, String what) {
        StringBuilder q = new StringBuilder("limit=").append(page.limit()).append("&offset=").append(page.offset());
        if (query.filter() != null) {
            q.append("&filter=").append(query.filter());
        }
        byte[] body = get(path, q.toString(), what);
        JavaType listType = Json.mapper().getTypeFactory().constructCollectionType(List.class, Build.class);
        return parse(body, listType, "a list of builds");
    }

    private static List<Build> join(CompletableFuture<List<Build>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ExitCode.INTERRUPTED, 0, "interrupted", null, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** GETs {@code base/path?query}, with retries; returns the body of a 2xx answer. */
    byte[] get(String path, String query, String what) {
        URI uri = URI.create(settings.baseUrl().toString().replaceAll("/+$", "") + "/" + path
                + (query == null || query.isEmpty() ? "" : "?" + query));
        int attempt = 1;
        while (true) {
            Outcome outcome = attempt(uri, what);
            if (outcome.body != null) {
                return outcome.body;
            }
            ApiException failure = outcome.failure;
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
                Thread.currentThread().interrupt();
                throw new ApiException(ExitCode.INTERRUPTED, 0, "interrupted", null, e);
            }
            attempt++;
        }
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

    private Outcome attempt(URI uri, String what) {
        long remaining = deadlineNanos - System.nanoTime();
        if (remaining <= 0) {
            return Outcome.fail(timedOut(), false, null);
        }
        Duration attemptTime = min(Duration.ofNanos(remaining), MAX_ATTEMPT_TIME);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(attemptTime)
                .header("Accept", "application/json")
                .header("User-Agent", settings.userAgent())
                .GET();
        if (settings.token() != null) {
            request.header("Circle-Token", settings.token());
        }
        listener.debug("> GET " + uri + (settings.token() != null ? "  (Circle-Token: ***)" : "  (no token)"));
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request.build(), CappedBody.handler(LIST_BODY_CAP));
        HttpResponse<byte[]> response;
        try {
            response = future.get(attemptTime.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ApiException(ExitCode.INTERRUPTED, 0, "interrupted", null, e);
        } catch (TimeoutException e) {
            future.cancel(true);
            listener.debug("< no answer after " + ms(start) + " ms");
            return Outcome.fail(System.nanoTime() >= deadlineNanos ? timedOut() : noAnswer(attemptTime), true, null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            listener.debug("< failed after " + ms(start) + " ms: " + cause.getClass().getSimpleName());
            if (cause instanceof CappedBody.TooLargeException) {
                return Outcome.fail(new ApiException(ExitCode.ERROR, 0,
                        "CircleCI's answer for " + what + " was larger than " + (LIST_BODY_CAP >> 20) + " MiB; not reading it",
                        "ask for fewer builds with --limit"), false, null);
            }
            if (cause instanceof java.net.http.HttpTimeoutException) {
                return Outcome.fail(System.nanoTime() >= deadlineNanos ? timedOut() : noAnswer(attemptTime), true, null);
            }
            return Outcome.fail(unreachable(cause), true, null);
        }
        int status = response.statusCode();
        byte[] body = response.body();
        listener.debug("< " + status + " in " + ms(start) + " ms, " + body.length + " bytes"
                + response.headers().firstValue("X-Circleci-Request-Id").map(id -> ", request id " + id).orElse(""));
        if (status >= 200 && status < 300) {
            return Outcome.ok(body);
        }
        Duration retryAfter = RetryPolicy.parseRetryAfter(response.headers().firstValue("Retry-After").orElse(null));
        ApiException error = HttpErrors.fromStatus(status, body, contentType(response), what, settings.hasToken(), retryAfter);
        boolean retryable = status == 429 || status >= 500;
        return Outcome.fail(error, retryable, retryAfter);
    }

    /** Binds a 2xx body to {@code type}, turning anything that is not the expected JSON into one clear error. */
    private static <T> T parse(byte[] body, JavaType type, String expected) {
        try {
            T value = Json.mapper().readValue(body, type);
            if (value == null) {
                throw HttpErrors.unexpected(200, body, "expected " + expected + ", got null");
            }
            return value;
        } catch (MismatchedInputException e) {
            String got = describe(body);
            throw HttpErrors.unexpected(200, body, "expected " + expected + (got == null ? "" : ", got " + got));
        } catch (JsonProcessingException e) {
            throw HttpErrors.unexpected(200, body, "expected JSON");
        } catch (IOException e) {
            throw HttpErrors.unexpected(200, body, "could not read the body");
        }
    }

    private static String describe(byte[] body) {
        try {
            JsonNode node = Json.mapper().readTree(body);
            if (node == null || node.isMissingNode()) {
                return "an empty body";
            }
            return switch (node.getNodeType()) {
                case OBJECT -> "an object";
                case ARRAY -> "a list of something else";
                case STRING -> "a string";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "null";
                default -> null;
            };
        } catch (IOException e) {
            return null;
        }
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private ApiException timedOut() {
        return new ApiException(ExitCode.UNAVAILABLE, 0,
                "CircleCI did not answer within " + settings.timeout().toSeconds() + " s",
                "try again, or allow more time with --timeout SECONDS");
    }

    private ApiException noAnswer(Duration waited) {
        return new ApiException(ExitCode.UNAVAILABLE, 0,
                "CircleCI did not answer within " + waited.toSeconds() + " s", "try again later");
    }

    private ApiException unreachable(Throwable cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (cause instanceof java.net.ConnectException) {
            reason = "connection refused";
        } else if (cause instanceof java.nio.channels.UnresolvedAddressException
                || cause instanceof java.net.UnknownHostException) {
            reason = "unknown host";
        } else if (cause instanceof javax.net.ssl.SSLException) {
            reason = "TLS failed: " + reason;
        }
        return new ApiException(ExitCode.UNAVAILABLE, 0,
                "cannot reach CircleCI at " + settings.baseUrl().getHost() + ": " + Text.quoteForMessage(reason),
                "check your network, proxy and --api-url", cause);
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

    static String utf8Prefix(byte[] body, int max) {
        return new String(body, 0, Math.min(body.length, max), StandardCharsets.UTF_8);
    }
}
