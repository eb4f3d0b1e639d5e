package dev.circleview.cli;

import picocli.CommandLine.Option;

/**
 * Which branch's newest build a command means ({@code status}, {@code watch}, {@code build} and
 * {@code retry --last}): this branch, or any; by default the branch of the git checkout
 * ({@code app.BranchTarget} resolves it).
 */
public final class BranchOptions {
    @Option(names = {"-b", "--branch"}, paramLabel = "NAME",
            description = "The newest build of this branch. Default: the branch this git checkout is on.")
    public String branch;

    @Option(names = "--all-branches", description = "The project's newest build, of any branch.")
    public boolean allBranches;

    /** Whether either was given. */
    public boolean given() {
        return branch != null || allBranches;
    }
}
