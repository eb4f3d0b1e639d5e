package dev.circleview.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.circleview.api.model.Artifact;
import dev.circleview.api.model.Build;
import dev.circleview.api.model.BuildDetail;
import dev.circleview.api.model.BuildListReader;
import dev.circleview.api.model.Json;
import dev.circleview.api.model.Me;
import dev.circleview.api.model.Project;
import dev.circleview.api.model.TestReport;
import dev.circleview.core.ApiException;
import dev.circleview.core.ExitCode;
import dev.circleview.core.ProjectSlug;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * CircleCI's v1.1 API as methods that return records. Requests go through {@link Transport}, which
 * owns the token, retries and error mapping; this class builds paths from validated parts and binds
 * the answers, turning anything that is not the expected JSON into one clear error.
 */
public final class CircleCiClient implements AutoCloseable {
    /** The API returns at most this many builds per request. */
    public static final int PAGE_SIZE = 100;
    private static final int MAX_CONCURRENT_PAGES = 4;
    /** How many {@link #async} calls run at once (each may page a list of its own). */
    private static final int MAX_CONCURRENT_CALLS = 4;

    private final Transport transport;
    private final ClientSettings settings;
    private final Secrets secrets;
    private final AsyncCalls async = new AsyncCalls(MAX_CONCURRENT_CALLS);

    /**
     * What making the first HTTP client sets up, done ahead on a warm-up thread: the client's debug
     * logger, which compares records whose equals method the JVM generates on first use (its cost is
     * in docs/performance.md, "What each change bought"). On another JDK, nothing.
     */
    public static void warmUp() {
        try {
            Class.forName("jdk.internal.net.http.common.DebugLogger", true, HttpClient.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // another JDK: the client does without
        }
    }

    public CircleCiClient(ClientSettings settings, ClientListener listener, Sleeper sleeper) {
        this.transport = new Transport(settings, listener, sleeper);
        this.settings = settings;
        this.secrets = Secrets.of(settings);
    }

    /** One request's worth of a list: {@code limit} builds from {@code offset}. */
    private record Page(int offset, int limit) {
    }

    /**
     * Lists builds, newest first. A limit over {@link #PAGE_SIZE} is fetched in pages: the first,
     * then (when it was full) the rest concurrently, a few at a time.
     */
    public List<Build> listBuilds(ProjectSlug slug, BuildQuery query) {
        String path = slug.apiPath() + (query.branch() == null ? "" : "/tree/" + PathSegments.encode(query.branch()));
        String what = "project " + slug;
        List<Page> pages = new ArrayList<>();
        for (int got = 0; got < query.limit(); got += PAGE_SIZE) {
            pages.add(new Page(query.offset() + got, Math.min(PAGE_SIZE, query.limit() - got)));
        }
        // The first page alone: it may already be the whole list, and over TLS it opens the
        // connection (and the session the later ones resume) before the rest go out together.
        List<List<Build>> results = new ArrayList<>();
        results.add(fetchPage(path, query, pages.get(0), what));
        if (pages.size() > 1 && results.get(0).size() == pages.get(0).limit()) {
            ExecutorService pool = AsyncCalls.daemonPool(Math.min(pages.size() - 1, MAX_CONCURRENT_PAGES), "circle-view-page");
            try {
                List<CompletableFuture<List<Build>>> futures = new ArrayList<>();
                for (Page page : pages.subList(1, pages.size())) {
                    futures.add(CompletableFuture.supplyAsync(() -> fetchPage(path, query, page, what), pool));
                }
                for (int i = 0; i < futures.size(); i++) {
                    List<Build> page = AsyncCalls.join(futures.get(i));
                    results.add(page);
                    if (page.size() < pages.get(i + 1).limit()) {
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
        byte[] body = transport.get(path + "?" + q, what);
        return bind(body, BuildListReader::read, "a list of builds");
    }

    /**
     * Runs {@code call} (calls of this client) on one of the client's own threads, a few at a time,
     * so that several projects are fetched together; wait for them with {@link #awaitAll}.
     */
    public <T> CompletableFuture<T> async(Supplier<T> call) {
        return async.submit(call);
    }

    /**
     * The results of {@code calls}, in their order, once all have finished; the first call to fail
     * ends the wait with its exception (an {@link ApiException} for the request that failed).
     */
    public static <T> List<T> awaitAll(List<CompletableFuture<T>> calls) {
        return AsyncCalls.all(calls);
    }

    /** The token's user ({@code GET /me}); needs a personal API token. */
    public Me me() {
        byte[] body = transport.get("me", "your user (GET /me)");
        return parse(body, Json.mapper().constructType(Me.class), "a user");
    }

    /** The projects the token's user follows ({@code GET /projects}); needs a personal API token. */
    public List<Project> projects() {
        byte[] body = transport.get("projects", "the projects you follow (GET /projects)");
        JavaType listType = Json.mapper().getTypeFactory().constructCollectionType(List.class, Project.class);
        List<Project> projects = parse(body, listType, "a list of projects");
        return projects.stream().filter(Objects::nonNull).toList();
    }

    /** Build {@code number} with its steps (GET, retried like every read). */
    public BuildDetail getBuild(ProjectSlug slug, int number) {
        byte[] body = transport.get(buildPath(slug, number), "build #" + number + " of " + slug);
        return parse(body, Json.mapper().constructType(BuildDetail.class), "a build");
    }

    /**
     * Build {@code number} for one poll of a watch: like {@link #getBuild}, but its time limit
     * ({@code --timeout}, retries included) counts from now, since a watch outlasts any one request.
     */
    public BuildDetail pollBuild(ProjectSlug slug, int number) {
        return refetchBuild(slug, number);
    }

    /**
     * One page (at most {@link #PAGE_SIZE}) of builds for one poll of a watch, newest first, its time
     * limit counting from now like {@link #pollBuild}.
     */
    public List<Build> pollBuilds(ProjectSlug slug, BuildQuery query) {
        String path = slug.apiPath() + (query.branch() == null ? "" : "/tree/" + PathSegments.encode(query.branch()));
        String q = "limit=" + Math.min(PAGE_SIZE, query.limit()) + "&offset=" + query.offset()
                + (query.filter() == null ? "" : "&filter=" + query.filter());
        byte[] body = transport.get(path + "?" + q, "project " + slug, System.nanoTime() + settings.timeout().toNanos());
        List<Build> builds = bind(body, BuildListReader::read, "a list of builds");
        return builds.stream().filter(Objects::nonNull).toList();
    }

    /** The files build {@code number} stored (GET); empty when it stored none. */
    public List<Artifact> getArtifacts(ProjectSlug slug, int number) {
        byte[] body = transport.get(buildPath(slug, number) + "/artifacts", "the artifacts of build #" + number + " of " + slug);
        JavaType listType = Json.mapper().getTypeFactory().constructCollectionType(List.class, Artifact.class);
        List<Artifact> artifacts = parse(body, listType, "a list of artifacts");
        return artifacts.stream().filter(Objects::nonNull).toList();
    }

    /** The test metadata of build {@code number} (GET); its list is empty when the build stored none. */
    public TestReport getTests(ProjectSlug slug, int number) {
        byte[] body = transport.get(buildPath(slug, number) + "/tests", "the tests of build #" + number + " of " + slug);
        return parse(body, Json.mapper().constructType(TestReport.class), "test metadata");
    }

    /**
     * Build {@code number} again, for fresh {@code output_url} links after one has expired: its time
     * limit ({@code --timeout}) counts from now, since this may come long after the command started.
     */
    public BuildDetail refetchBuild(ProjectSlug slug, int number) {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        byte[] body = transport.get(buildPath(slug, number), "build #" + number + " of " + slug, deadline);
        return parse(body, Json.mapper().constructType(BuildDetail.class), "a build");
    }

    /**
     * Opens a step's output, the JSON array at an action's {@code output_url} (a presigned link on
     * another host, never sent the token), as a stream the caller closes; see {@link StepOutput}.
     * A 403 ({@link ApiException#status()}) means the link has expired: fetch the build again.
     */
    public InputStream openStepOutput(String outputUrl, String what) {
        URI uri;
        try {
            uri = new URI(outputUrl);
        } catch (URISyntaxException | NullPointerException e) {
            throw new ApiException(ExitCode.ERROR, 0, "the address CircleCI gave for " + what + " is not valid", null);
        }
        return transport.openExternal(uri, TokenPolicy.NEVER, what);
    }

    /**
     * Opens an artifact's {@code url} as a stream the caller closes. The token goes with it only to
     * CircleCI's artifact hosts and the API's own origin ({@link TokenPolicy#ARTIFACT_HOSTS}), decided
     * again at every redirect, so storage an artifact redirects to never receives it.
     */
    public InputStream openArtifact(String url, String what) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw new ApiException(ExitCode.ERROR, 0, "the address CircleCI gave for " + what + " is not valid", null);
        }
        return transport.openExternal(uri, TokenPolicy.ARTIFACT_HOSTS, what);
    }

    /** Retries build {@code number} (POST, sent once); returns the new build. {@code ssh} asks for the SSH variant. */
    public Build retryBuild(ProjectSlug slug, int number, boolean ssh) {
        byte[] body = transport.post(buildPath(slug, number) + (ssh ? "/ssh" : "/retry"), "build #" + number + " of " + slug);
        return parse(body, Json.mapper().constructType(Build.class), "a build");
    }

    /** Cancels build {@code number} (POST, sent once); returns the build as it is now. */
    public Build cancelBuild(ProjectSlug slug, int number) {
        byte[] body = transport.post(buildPath(slug, number) + "/cancel", "build #" + number + " of " + slug);
        return parse(body, Json.mapper().constructType(Build.class), "a build");
    }

    /**
     * Triggers a build of {@code branch} (POST, sent once) with the body
     * {@code {"revision": ..., "build_parameters": {...}}}, leaving out what is null or empty;
     * returns the new build. CircleCI refuses this for configs that say {@code version: 2.1}.
     */
    public Build triggerBuild(ProjectSlug slug, String branch, String revision, Map<String, String> params) {
        if (branch == null || branch.isEmpty()) {
            throw new IllegalArgumentException("a trigger needs a branch");
        }
        ObjectNode request = Json.mapper().createObjectNode();
        if (revision != null) {
            request.put("revision", revision);
        }
        if (params != null && !params.isEmpty()) {
            ObjectNode parameters = request.putObject("build_parameters");
            params.forEach(parameters::put);
        }
        byte[] json;
        try {
            json = Json.mapper().writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        byte[] body = transport.post(slug.apiPath() + "/tree/" + PathSegments.encode(branch), "project " + slug, json);
        return parse(body, Json.mapper().constructType(Build.class), "a build");
    }

    private static String buildPath(ProjectSlug slug, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("build numbers start at 1");
        }
        return slug.apiPath() + "/" + number;
    }

    /** Binds a 2xx body to {@code type}, turning anything that is not the expected JSON into one clear error. */
    private <T> T parse(byte[] body, JavaType type, String expected) {
        return bind(body, b -> Json.mapper().readValue(b, type), expected);
    }

    /** Reads a 2xx body, turning anything that is not the expected JSON into one clear error. */
    private <T> T bind(byte[] body, Binding<T> binding, String expected) {
        try {
            T value = binding.read(body);
            if (value == null) {
                throw HttpErrors.unexpected(200, body, "expected " + expected + ", got null", secrets);
            }
            return value;
        } catch (MismatchedInputException e) {
            String got = HttpErrors.describe(body);
            throw HttpErrors.unexpected(200, body, "expected " + expected + (got == null ? "" : ", got " + got), secrets);
        } catch (JsonProcessingException e) {
            throw HttpErrors.unexpected(200, body, "expected JSON", secrets);
        } catch (IOException e) {
            throw HttpErrors.unexpected(200, body, "could not read the body", secrets);
        }
    }

    /** How a body is read: data binding, or for build lists {@link BuildListReader}. */
    private interface Binding<T> {
        T read(byte[] body) throws IOException;
    }

    @Override
    public void close() {
        async.close();
        transport.close();
    }
}
