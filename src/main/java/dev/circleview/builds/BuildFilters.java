package dev.circleview.builds;

import dev.circleview.api.model.Build;
import dev.circleview.app.BranchTarget;
import dev.circleview.config.Settings;
import dev.circleview.core.Text;
import dev.circleview.core.UsageException;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The filters of {@code builds} that CircleCI's v1.1 API does not have: applied here to the builds
 * it lists, read a page at a time until {@code --limit} match or {@code --scan} pages were read.
 */
public final class BuildFilters {
    @Option(names = "--workflow", paramLabel = "NAME", description = "Only builds (jobs) of the workflow of this name.")
    String workflow;

    @Option(names = "--job", paramLabel = "NAME", description = "Only builds of the job of this name.")
    String job;

    @Option(names = "--sha", paramLabel = "SHA", description = "Only builds of this commit (a full SHA, or at least 7 hex digits of one).")
    String sha;

    @Option(names = "--author", paramLabel = "LOGIN", description = "Only builds started by this user (their login, any case).")
    String author;

    @Option(names = "--scan", paramLabel = "PAGES",
            description = "With a filter or --mine: how many pages of 100 builds to read per project at most (default: 10, "
                    + "or twice --limit's worth when that is more).")
    Integer scan;

    /** Whether any filter is given. */
    boolean any() {
        return workflow != null || job != null || sha != null || author != null;
    }

    /** Checks the values; {@code paging}: whether builds will be read page by page (a filter or --mine). */
    void validate(boolean paging) {
        BranchTarget.checkSha(sha);
        for (String name : new String[] {workflow, job, author}) {
            if (name != null && name.isBlank()) {
                throw new UsageException("--workflow, --job and --author take a name, not an empty one", null);
            }
        }
        if (scan != null && !paging) {
            throw new UsageException("--scan goes with a filter (--workflow, --job, --sha, --author) or --mine",
                    "without one, --limit builds are read");
        }
        if (scan != null && (scan < 1 || scan > ProjectBuilds.maxPages(Settings.MAX_LIMIT))) {
            throw new UsageException("--scan must be between 1 and " + ProjectBuilds.maxPages(Settings.MAX_LIMIT)
                    + " pages, not " + scan, null);
        }
    }

    /** How many pages to read per project at most, for {@code limit} builds. */
    int pages(int limit) {
        return scan != null ? scan : ProjectBuilds.maxPages(limit);
    }

    /** Whether a build passes every filter given. */
    Predicate<Build> predicate() {
        return b -> (workflow == null || b.workflows() != null && workflow.equals(b.workflows().workflowName()))
                && (job == null || job.equals(b.effectiveJobName()))
                && (sha == null || BranchTarget.ofCommit(b, sha))
                && (author == null || b.user() != null && b.user().login() != null && author.toLowerCase(Locale.ROOT)
                .equals(b.user().login().toLowerCase(Locale.ROOT)));
    }

    /** The filters given, as the user typed them, for messages. */
    List<String> described() {
        List<String> parts = new ArrayList<>();
        if (workflow != null) {
            parts.add("workflow " + Text.quoteForMessage(workflow));
        }
        if (job != null) {
            parts.add("job " + Text.quoteForMessage(job));
        }
        if (sha != null) {
            parts.add("commit " + Text.quoteForMessage(sha));
        }
        if (author != null) {
            parts.add("author " + Text.quoteForMessage(author));
        }
        return parts;
    }
}
