package dev.circleview.watch;

import dev.circleview.cli.Validation;
import dev.circleview.api.BuildQuery;
import dev.circleview.api.CircleCiClient;
import dev.circleview.api.model.Build;
import dev.circleview.catalog.GitHead;
import dev.circleview.core.ProjectSlug;
import dev.circleview.core.Text;
import dev.circleview.core.UsageException;
import dev.circleview.term.Terminal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which builds "the current branch" means, shared by {@code status} and {@code watch}: the branch
 * from {@code --branch}, {@code --all-branches} or the git checkout, and the {@code --sha} match.
 */
final class BranchTarget {
    private static final Pattern SHA = Pattern.compile("[0-9a-fA-F]{7,40}");

    private BranchTarget() {
    }

    /** The branch to ask about, or null for the whole project; checks the options on the way. */
    static String resolve(String branch, boolean allBranches, String sha, Path cwd) {
        if (allBranches && branch != null) {
            throw new UsageException("--branch and --all-branches do not go together", "use one or the other");
        }
        if (sha != null && !SHA.matcher(sha).matches()) {
            throw new UsageException("invalid --sha \"" + Text.quoteForMessage(sha) + "\": expected a commit SHA",
                    "give 7 to 40 hex digits, e.g. --sha 3f9c2e1");
        }
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

    /** Waits, polling the list as {@code status --sha} reads it, until a build of {@code sha} is there. */
    static Build awaitCommit(BuildWatcher watcher, CircleCiClient client, ProjectSlug slug, String target, String sha,
                             String where, Terminal term) {
        BuildQuery query = new BuildQuery(target, null, StatusCommand.SHA_PAGE, 0);
        boolean[] told = new boolean[1];
        return watcher.until(() -> {
            Build b = ofCommit(client.pollBuilds(slug, query), sha);
            if (b == null && !told[0]) {
                term.err().println("circle-view: waiting for a build of commit " + sha + " of " + where);
                term.err().flush();
                told[0] = true;
            }
            return b;
        }, b -> true, b -> { }, () -> "no build of commit " + sha + " of " + where + " yet");
    }

    /** The newest of {@code builds} (they come newest first) whose revision is, or starts with, {@code sha}; else null. */
    static Build ofCommit(List<Build> builds, String sha) {
        String wanted = sha.toLowerCase(Locale.ROOT);
        for (Build b : builds) {
            String revision = b.vcsRevision();
            if (revision != null && revision.toLowerCase(Locale.ROOT).startsWith(wanted)) {
                return b;
            }
        }
        return null;
    }
}
