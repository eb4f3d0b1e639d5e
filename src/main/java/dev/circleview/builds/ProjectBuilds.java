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
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The builds {@code builds} lists: of one project or of several, fetched together on the client's
 * threads, every build or only those that pass the filters the API does not have ({@code --mine},
 * {@link BuildFilters}), newest first. When a project fails, the
 * whole listing fails with that project's error (named, when there are several): a table that
 * silently lacks a project would pass for a complete one.
 */
final class ProjectBuilds {
    /** How many builds a filter (or {@code --mine}) looks through per project at least, by default; see {@link #maxPages}. */
    static final int MIN_SCAN = 1000;

    /**
     * One project's builds, newest first as CircleCI lists them; {@code scanned}: how many builds were
     * read to find them; {@code capped}: a filter stopped at its cap before the end of the list.
     */
    record Listing(ProjectSlug slug, List<Build> builds, boolean capped, int scanned) {
    }

    /** A build, and the project it came from. */
    record Found(ProjectSlug slug, Build build) {
    }

    /** The listings of a search, and the login {@code --mine} matched against (null without it). */
    record Search(String login, List<Listing> listings) {
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
     * Each project's builds that pass {@code keep} and, with {@code mine}, whose {@code user.login} is
     * the token's user ({@code GET /me}, fetched while the first pages are): the filters the API does
     * not have. Pages of {@link CircleCiClient#PAGE_SIZE} are read one after another from
     * {@code query.offset()} until {@code query.limit()} such builds are found, the project's list
     * ends, or {@code pages} pages have been read.
     */
    static Search search(CircleCiClient client, List<ProjectSlug> slugs, BuildQuery query, Predicate<Build> keep, boolean mine,
                         int pages) {
        CompletableFuture<String> login = new CompletableFuture<>();
        if (!mine) {
            login.complete(null);
        }
        Predicate<Build> wanted = mine ? keep.and(b -> b.user() != null && login.join().equals(b.user().login())) : keep;
        List<CompletableFuture<Listing>> calls = slugs.stream()
                .map(slug -> client.async(() -> named(slugs, slug, () -> scan(client, slug, query, wanted, pages)))).toList();
        if (mine) {
            try {
                login.complete(login(client));
            } catch (RuntimeException e) {
                login.completeExceptionally(e);
                throw e;
            }
        }
        return new Search(login.join(), CircleCiClient.awaitAll(calls));
    }

    /** At most this many pages are read per project by default: {@link #MIN_SCAN} builds, or twice the limit when that is more. */
    static int maxPages(int limit) {
        int page = CircleCiClient.PAGE_SIZE;
        return Math.max(MIN_SCAN / page, (2 * limit + page - 1) / page);
    }

    private static Listing scan(CircleCiClient client, ProjectSlug slug, BuildQuery query, Predicate<Build> wanted, int pages) {
        int page = CircleCiClient.PAGE_SIZE;
        List<Build> found = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        int scanned = 0;
        for (int i = 0; i < pages; i++) {
            List<Build> got = client.listBuilds(slug, new BuildQuery(query.branch(), query.filter(), page, query.offset() + i * page));
            scanned += got.size();
            for (Build b : got) {
                // builds can shift between pages while paging: each counts once
                boolean firstSighting = b.buildNum() == null || seen.add(b.buildNum());
                if (firstSighting && wanted.test(b)) {
                    found.add(b);
                    if (found.size() == query.limit()) {
                        return new Listing(slug, found, false, scanned);
                    }
                }
            }
            if (got.size() < page) {
                return new Listing(slug, found, false, scanned);
            }
        }
        return new Listing(slug, found, true, scanned);
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
     * takes the time of the newer build beside it in its project (by number), or, newest of its
     * project, that of the older one: it stays beside the builds it came with, and never sorts above
     * newer builds of other projects. With no timed build in its project at all, it goes last.
     */
    static List<Found> newestFirst(List<Listing> listings, int limit) {
        record Keyed(Found found, Instant time, int project) {
        }
        List<Keyed> all = new ArrayList<>();
        for (int p = 0; p < listings.size(); p++) {
            List<Found> builds = inOrder(listings.get(p));
            Instant[] times = new Instant[builds.size()];
            Instant newer = null;
            for (int i = 0; i < builds.size(); i++) {
                Build b = builds.get(i).build();
                Instant t = b.startedAt() != null ? b.startedAt() : b.queuedAtInstant();
                newer = t != null ? t : newer;
                times[i] = newer;
            }
            Instant older = null;
            for (int i = builds.size() - 1; i >= 0; i--) {
                older = times[i] != null ? times[i] : older;
                all.add(new Keyed(builds.get(i), times[i] != null ? times[i] : older, p));
            }
        }
        all.sort(Comparator.comparing(Keyed::time, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
                .thenComparing(k -> k.found().build().buildNum(), Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
                .thenComparingInt(Keyed::project));
        return all.stream().limit(limit).map(Keyed::found).toList();
    }

    /**
     * The builds of one listing, newest first by number: the API does not promise its lists in
     * build-number order, and real ones arrive out of order. Builds without a number keep their place
     * at the end.
     */
    static List<Found> inOrder(Listing listing) {
        return listing.builds().stream()
                .sorted(Comparator.comparing(Build::buildNum, Comparator.nullsLast(Comparator.<Integer>reverseOrder())))
                .map(b -> new Found(listing.slug(), b)).toList();
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
