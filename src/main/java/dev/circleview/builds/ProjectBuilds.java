package dev.circleview.builds;

import dev.circleview.api.BuildQuery;
import dev.circleview.api.CircleCiClient;
import dev.circleview.api.model.Build;
import dev.circleview.core.ApiException;
import dev.circleview.core.CircleViewException;
import dev.circleview.core.ExitCode;
import dev.circleview.core.ProjectSlug;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The builds {@code builds} lists: of one project or of several, fetched together on the client's
 * threads, every build or with {@code --mine} only the token user's. When a project fails, the
 * whole listing fails with that project's error (named, when there are several): a table that
 * silently lacks a project would pass for a complete one.
 */
final class ProjectBuilds {
    /** How many builds {@code --mine} looks through per project at least; see {@link #maxPages}. */
    static final int MINE_MIN_SCAN = 1000;

    /**
     * One project's builds, newest first as CircleCI lists them; {@code scanned}: how many builds were
     * read to find them; {@code capped}: {@code --mine} stopped at its cap before the end of the list.
     */
    record Listing(ProjectSlug slug, List<Build> builds, boolean capped, int scanned) {
    }

    /** A build, and the project it came from. */
    record Found(ProjectSlug slug, Build build) {
    }

    /** The listings of {@code --mine}, and the login they were matched against. */
    record Mine(String login, List<Listing> listings) {
    }

    private ProjectBuilds() {
    }

    /** Each project's builds as {@code query} asks, the projects fetched together; in the order of {@code slugs}. */
    static List<Listing> all(CircleCiClient client, List<ProjectSlug> slugs, BuildQuery query) {
        return together(client, slugs, slug -> {
            List<Build> builds = client.listBuilds(slug, query);
            return new Listing(slug, builds, false, builds.size());
        });
    }

    /**
     * Each project's builds whose {@code user.login} is the token's user ({@code GET /me}, fetched
     * while the first pages are). Pages of {@link CircleCiClient#PAGE_SIZE} are read one after
     * another from {@code query.offset()} until {@code query.limit()} such builds are found, the
     * project's list ends, or {@link #maxPages} pages have been read.
     */
    static Mine mine(CircleCiClient client, List<ProjectSlug> slugs, BuildQuery query) {
        CompletableFuture<String> login = new CompletableFuture<>();
        List<CompletableFuture<Listing>> calls = slugs.stream()
                .map(slug -> client.async(() -> named(slugs, slug, () -> search(client, slug, query, login)))).toList();
        try {
            login.complete(login(client));
        } catch (RuntimeException e) {
            login.completeExceptionally(e);
            throw e;
        }
        return new Mine(login.join(), CircleCiClient.awaitAll(calls));
    }

    /** At most this many pages are read per project: {@link #MINE_MIN_SCAN} builds, or twice the limit when that is more. */
    static int maxPages(int limit) {
        int page = CircleCiClient.PAGE_SIZE;
        return Math.max(MINE_MIN_SCAN / page, (2 * limit + page - 1) / page);
    }

    private static Listing search(CircleCiClient client, ProjectSlug slug, BuildQuery query, CompletableFuture<String> login) {
        int page = CircleCiClient.PAGE_SIZE;
        int pages = maxPages(query.limit());
        List<Build> mine = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        int scanned = 0;
        for (int i = 0; i < pages; i++) {
            List<Build> got = client.listBuilds(slug, new BuildQuery(query.branch(), query.filter(), page, query.offset() + i * page));
            String me = login.join();
            scanned += got.size();
            for (Build b : got) {
                // builds can shift between pages while paging: each counts once
                boolean firstSighting = b.buildNum() == null || seen.add(b.buildNum());
                if (firstSighting && b.user() != null && me.equals(b.user().login())) {
                    mine.add(b);
                    if (mine.size() == query.limit()) {
                        return new Listing(slug, mine, false, scanned);
                    }
                }
            }
            if (got.size() < page) {
                return new Listing(slug, mine, false, scanned);
            }
        }
        return new Listing(slug, mine, true, scanned);
    }

    private static String login(CircleCiClient client) {
        String login;
        try {
            login = client.me().login();
        } catch (ApiException e) {
            if (e.exitCode() != ExitCode.AUTH) {
                throw e;
            }
            throw new ApiException(e.exitCode(), e.status(), e.getMessage(),
                    "--mine needs a personal API token in CIRCLECI_AUTH_TOKEN (a project token cannot say who you are)", e);
        }
        if (login == null || login.isBlank()) {
            throw new ApiException(ExitCode.ERROR, 200, "CircleCI did not say which user the token belongs to (GET /me has no login)",
                    "--mine needs a personal API token");
        }
        return login;
    }

    /**
     * The builds of several listings in one list, newest first, at most {@code limit}: by start time,
     * else queue time, then build number. A build with neither time (not queued yet, or never run)
     * takes the time of the newer build before it in its project's list, so it stays beside it; at
     * the top of its list, it counts as newer than any.
     */
    static List<Found> newestFirst(List<Listing> listings, int limit) {
        record Keyed(Found found, Instant time, int project) {
        }
        List<Keyed> all = new ArrayList<>();
        for (int p = 0; p < listings.size(); p++) {
            Instant inherited = null;
            for (Build b : listings.get(p).builds()) {
                Instant t = b.startedAt() != null ? b.startedAt() : b.queuedAtInstant();
                if (t != null) {
                    inherited = t;
                }
                all.add(new Keyed(new Found(listings.get(p).slug(), b), t != null ? t : inherited, p));
            }
        }
        all.sort(Comparator.comparing(Keyed::time, Comparator.nullsFirst(Comparator.<Instant>reverseOrder()))
                .thenComparing(k -> k.found().build().buildNum(), Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
                .thenComparingInt(Keyed::project));
        return all.stream().limit(limit).map(Keyed::found).toList();
    }

    /** The builds of one listing, in its own order. */
    static List<Found> inOrder(Listing listing) {
        return listing.builds().stream().map(b -> new Found(listing.slug(), b)).toList();
    }

    private static List<Listing> together(CircleCiClient client, List<ProjectSlug> slugs, Function<ProjectSlug, Listing> fetch) {
        List<CompletableFuture<Listing>> calls = slugs.stream()
                .map(slug -> client.async(() -> named(slugs, slug, () -> fetch.apply(slug)))).toList();
        return CircleCiClient.awaitAll(calls);
    }

    /** Runs {@code call}; when there are several projects, a failure names the one it was about. */
    private static Listing named(List<ProjectSlug> slugs, ProjectSlug slug, Supplier<Listing> call) {
        try {
            return call.get();
        } catch (CircleViewException e) {
            if (slugs.size() == 1 || e.exitCode() == ExitCode.INTERRUPTED || e.getMessage().contains(slug.toString())) {
                throw e;
            }
            throw new CircleViewException(e.exitCode(), slug + ": " + e.getMessage(), e.hint(), e);
        }
    }
}
