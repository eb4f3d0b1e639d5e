package dev.circleview.app;

import dev.circleview.cli.Validation;
import dev.circleview.api.BuildQuery;
import dev.circleview.api.CircleCiClient;
import dev.circleview.api.model.Build;
import dev.circleview.catalog.GitHead;
import dev.circleview.core.ProjectSlug;
import dev.circleview.core.Text;
import dev.circleview.core.UsageException;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which build "the newest build of the current branch" is, the same for {@code status}, {@code watch},
 * {@code build} and {@code retry --last}: the branch from {@code --branch}, {@code --all-branches} or
 * the git checkout; the newest build by number, since the API does not promise its lists in
 * build-number order (real lists arrive out of order); and the {@code --sha} match.
 */
public final class BranchTarget {
    /**
     * How many builds are asked for when only the newest is wanted: the first of a one-build answer
     * need not be the newest, and a few more let the highest number show.
     */
    public static final int NEWEST_PAGE = 5;
    /** How many of the branch's newest builds {@code --sha} searches. */
    public static final int SHA_PAGE = 30;
    private static final Pattern SHA = Pattern.compile("[0-9a-fA-F]{7,40}");

    private BranchTarget() {
    }

    /** The branch to ask about, or null for the whole project; checks the options on the way. */
    public static String resolve(String branch, boolean allBranches, String sha, Path cwd) {
        if (allBranches && branch != null) {
            throw new UsageException("--branch and --all-branches do not go together", "use one or the other");
        }
        checkSha(sha);
        if (allBranches) {
            return null;
        }
        String target = branch != null ? branch : GitHead.currentBranch(cwd);
        if (target == null) {
            throw new UsageException("which branch? give --branch NAME or --all-branches",
                    "without them, the branch of the git checkout you are in is used, and there is none here "
                            + "(not a checkout, or a detached HEAD)");
        }
        Validation.branch(target);
        return target;
    }

    /** Checks {@code --sha} (when given): a full commit SHA, or at least 7 hex digits of one. */
    public static void checkSha(String sha) {
        if (sha != null && !SHA.matcher(sha).matches()) {
            throw new UsageException("invalid --sha \"" + Text.quoteForMessage(sha) + "\": expected a commit SHA",
                    "give 7 to 40 hex digits, e.g. --sha 3f9c2e1");
        }
    }

    /** Whether {@code build}'s revision is, or starts with, {@code sha} (any case). */
    public static boolean ofCommit(Build build, String sha) {
        return build.vcsRevision() != null && build.vcsRevision().toLowerCase(Locale.ROOT).startsWith(sha.toLowerCase(Locale.ROOT));
    }

    /** The newest of {@code builds} whose revision is, or starts with, {@code sha}; else null. */
    public static Build ofCommit(List<Build> builds, String sha) {
        return newest(builds.stream().filter(b -> ofCommit(b, sha)).toList());
    }

    /** The build of {@code builds} with the highest number (the first of those without one when none has); null for none. */
    public static Build newest(List<Build> builds) {
        return builds.stream().max(Comparator.comparing(Build::buildNum, Comparator.nullsFirst(Comparator.<Integer>naturalOrder())))
                .orElse(null);
    }

    /** The newest build of {@code branch} (of the project when null), or null when it has none. */
    public static Build newestOf(CircleCiClient client, ProjectSlug slug, String branch) {
        return newest(client.listBuilds(slug, new BuildQuery(branch, null, NEWEST_PAGE, 0)));
    }
}
