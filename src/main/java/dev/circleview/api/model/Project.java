package dev.circleview.api.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Map;

/**
 * A project the token's user follows, as {@code GET /projects} returns it; of its many settings only
 * these are read. The keys of {@code branches} are percent-encoded branch names ({@link BranchNames}).
 */
public record Project(String vcsType, String username, String reponame, String vcsUrl, String defaultBranch,
                      Map<String, ProjectBranch> branches) {

    public Project {
        branches = branches == null ? Map.of() : branches;
    }

    /** {@code vcs_type/username/reponame}, or null when CircleCI left out any of them. */
    @JsonIgnore
    public String slug() {
        return vcsType == null || username == null || reponame == null ? null : vcsType + "/" + username + "/" + reponame;
    }

    /** The branch called {@code name} (its key decoded), or null when the project lists no such branch. */
    @JsonIgnore
    public ProjectBranch branch(String name) {
        if (name == null) {
            return null;
        }
        for (Map.Entry<String, ProjectBranch> e : branches.entrySet()) {
            if (name.equals(BranchNames.decode(e.getKey()))) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The newest build of the default branch, or null when it has none listed. */
    @JsonIgnore
    public BranchBuild latestOnDefaultBranch() {
        ProjectBranch branch = branch(defaultBranch);
        return branch == null ? null : branch.latest();
    }
}
