package dev.circleview.api.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One branch in the {@code branches} of {@code GET /projects}: its recent builds (the last few), the
 * ones running, and its last success and last failure. Each may be absent; missing lists are empty.
 */
public record ProjectBranch(List<BranchBuild> recentBuilds, List<BranchBuild> runningBuilds, BranchBuild lastSuccess,
                            BranchBuild lastNonSuccess) {
    /** Newest first: the highest build number (numbers grow within a project), then the latest time. */
    private static final Comparator<BranchBuild> NEWEST_FIRST = Comparator
            .comparing(BranchBuild::buildNum, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
            .thenComparing(BranchBuild::when, Comparator.nullsFirst(Comparator.naturalOrder()))
            .reversed();

    public ProjectBranch {
        recentBuilds = recentBuilds == null ? List.of() : recentBuilds.stream().filter(Objects::nonNull).toList();
        runningBuilds = runningBuilds == null ? List.of() : runningBuilds.stream().filter(Objects::nonNull).toList();
    }

    /** The newest build the branch lists (running, recent, last success or failure), or null when it lists none. */
    public BranchBuild latest() {
        List<BranchBuild> all = new ArrayList<>(runningBuilds);
        all.addAll(recentBuilds);
        if (lastSuccess != null) {
            all.add(lastSuccess);
        }
        if (lastNonSuccess != null) {
            all.add(lastNonSuccess);
        }
        return all.stream().min(NEWEST_FIRST).orElse(null);
    }
}
