package dev.circleview.output;

import dev.circleview.api.model.BuildStatus;
import dev.circleview.core.ExitCode;

/**
 * The exit code that reports a build's result ({@code --exit-status}; the same mapping serves every
 * command that answers "how did the build end?"). It follows the status's category, as the table's
 * symbols do:
 * <ul>
 * <li>0: success, fixed</li>
 * <li>6: failed, timedout, infrastructure_fail</li>
 * <li>7: canceled, not_run, and the other stopped states: retried (CircleCI stopped it and ran it
 * again), no_tests</li>
 * <li>8: running, queued, scheduled, not_running</li>
 * <li>a status CircleCI adds later: 1 when the lifecycle is {@code finished} (the build ended, but
 * not in a way circle-view knows), else 8 (it has not finished)</li>
 * </ul>
 */
public final class BuildExitStatus {
    private BuildExitStatus() {
    }

    public static ExitCode of(String status, String lifecycle) {
        return switch (BuildStatus.of(status).category()) {
            case SUCCEEDED -> ExitCode.OK;
            case FAILED -> ExitCode.BUILD_FAILED;
            case STOPPED -> ExitCode.BUILD_CANCELED;
            case RUNNING, WAITING -> ExitCode.BUILD_PENDING;
            case UNKNOWN -> "finished".equals(lifecycle) ? ExitCode.ERROR : ExitCode.BUILD_PENDING;
        };
    }
}
