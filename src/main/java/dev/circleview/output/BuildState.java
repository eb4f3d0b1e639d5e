package dev.circleview.output;

import dev.circleview.api.model.BuildStatus;
import dev.circleview.core.ExitCode;

import java.util.Collection;
import java.util.List;

/**
 * Where a build stands, decided in this one place for every command: whether it has finished,
 * whether it passed, failed or was stopped, and the exit code that reports it ({@code --exit-status},
 * {@code status}, {@code watch}). It follows the status's category, as the table's symbols do:
 * <ul>
 * <li>0: success, fixed</li>
 * <li>6: failed, timedout, infrastructure_fail</li>
 * <li>7: canceled, not_run, and the other stopped states: retried (CircleCI stopped it and ran it
 * again), no_tests</li>
 * <li>8: running, queued, scheduled, not_running: not finished</li>
 * <li>a status CircleCI adds later: finished when the lifecycle says {@code finished}, and then 1
 * (the build ended, but not in a way circle-view knows), else 8</li>
 * </ul>
 *
 * @param status   the status, {@link BuildStatus#UNKNOWN} for a word circle-view does not know
 * @param finished whether the build has ended: its lifecycle says so, or its status is a final one
 */
public record BuildState(BuildStatus status, boolean finished) {
    /** Of the jobs of a workflow, the code that reports them all: the first of these that any has, else 0. */
    private static final List<ExitCode> WORST_FIRST =
            List.of(ExitCode.BUILD_FAILED, ExitCode.BUILD_CANCELED, ExitCode.ERROR, ExitCode.BUILD_PENDING);

    /** The state of a build with this status word and lifecycle, as the API sends them (either may be null). */
    public static BuildState of(String status, String lifecycle) {
        BuildStatus s = BuildStatus.of(status);
        boolean finalStatus = switch (s.category()) {
            case SUCCEEDED, FAILED, STOPPED -> true;
            case RUNNING, WAITING, UNKNOWN -> false;
        };
        return new BuildState(s, finalStatus || "finished".equals(lifecycle));
    }

    /** Success or fixed. */
    public boolean passed() {
        return status.category() == BuildStatus.Category.SUCCEEDED;
    }

    /** Failed, timed out, or failed for the infrastructure. */
    public boolean failed() {
        return status.category() == BuildStatus.Category.FAILED;
    }

    /** The exit code that reports the build's result. */
    public ExitCode exitCode() {
        return switch (status.category()) {
            case SUCCEEDED -> ExitCode.OK;
            case FAILED -> ExitCode.BUILD_FAILED;
            case STOPPED -> ExitCode.BUILD_CANCELED;
            case RUNNING, WAITING -> ExitCode.BUILD_PENDING;
            case UNKNOWN -> finished ? ExitCode.ERROR : ExitCode.BUILD_PENDING;
        };
    }

    /**
     * The code that reports several builds together (the jobs of a workflow): 0 when every one passed,
     * else the worst: 6 (failed) over 7 (stopped) over 1 (an unknown final status) over 8 (not finished).
     */
    public static ExitCode worst(Collection<BuildState> states) {
        ExitCode worst = ExitCode.OK;
        for (BuildState s : states) {
            ExitCode c = s.exitCode();
            if (c != ExitCode.OK && (worst == ExitCode.OK || WORST_FIRST.indexOf(c) < WORST_FIRST.indexOf(worst))) {
                worst = c;
            }
        }
        return worst;
    }
}
