package dev.circleview.command;

import dev.circleview.api.BuildQuery;
import dev.circleview.api.CircleCiClient;
import dev.circleview.api.model.Build;
import dev.circleview.core.CircleViewException;
import dev.circleview.core.ExitCode;
import dev.circleview.core.ProjectSlug;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The builds {@code builds} lists: of one project or of several, fetched together on the client's
 * threads. When a project fails, the whole listing fails with that project's error (named, when
 * there are several): a table that silently lacks a project would pass for a complete one.
 */
final class ProjectBuilds {
    /** One project's builds, newest first as CircleCI lists them. */
    record Listing(ProjectSlug slug, List<Build> builds) {
    }

    /** A build, and the project it came from. */
    record Found(ProjectSlug slug, Build build) {
    }

    private ProjectBuilds() {
    }

    /** Each project's builds as {@code query} asks, the projects fetched together; in the order of {@code slugs}. */
    static List<Listing> all(CircleCiClient client, List<ProjectSlug> slugs, BuildQuery query) {
        return together(client, slugs, slug -> new Listing(slug, client.listBuilds(slug, query)));
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

    /** Each listing's builds in its own order, for one project. */
    static List<Found> inOrder(Listing listing) {
        return listing.builds().stream().map(b -> new Found(listing.slug(), b)).toList();
    }

    private static List<Listing> together(CircleCiClient client, List<ProjectSlug> slugs, Function<ProjectSlug, Listing> fetch) {
        List<CompletableFuture<Listing>> calls = slugs.stream()
                .map(slug -> client.async(() -> named(slugs, slug, () -> fetch.apply(slug)))).toList();
        return CircleCiClient.awaitAll(calls);
    }

    /** Runs {@code call}; when there are several projects, a failure names the one it was about. */
    private static Listing named(List<ProjectSlug> slugs, ProjectSlug slug, java.util.function.Supplier<Listing> call) {
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
