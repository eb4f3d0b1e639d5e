package dev.circleview.projects;

import dev.circleview.api.model.BranchBuild;
import dev.circleview.api.model.Project;

import java.util.Comparator;
import java.util.List;

/**
 * One row of {@code circle-view projects}, and one element of its {@code --json}: a followed
 * project, its default branch and that branch's newest build (null when it lists none).
 * The JSON fields are documented in docs/json.md.
 */
public record ProjectSummary(String slug, String vcsType, String username, String reponame, String vcsUrl,
                             String defaultBranch, BranchBuild latestBuild) {

    /** By slug, ignoring case; projects CircleCI sent without one last. */
    private static final Comparator<ProjectSummary> BY_SLUG = Comparator.comparing(ProjectSummary::slug,
            Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder())));

    public static ProjectSummary of(Project p) {
        return new ProjectSummary(p.slug(), p.vcsType(), p.username(), p.reponame(), p.vcsUrl(), p.defaultBranch(),
                p.latestOnDefaultBranch());
    }

    /** The projects' rows, sorted by slug. */
    public static List<ProjectSummary> sorted(List<Project> projects) {
        return projects.stream().map(ProjectSummary::of).sorted(BY_SLUG).toList();
    }
}
