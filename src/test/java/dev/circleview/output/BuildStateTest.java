package dev.circleview.output;

import dev.circleview.api.model.BuildStatus;
import dev.circleview.core.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one place that says where a build stands: finished or not, passed, failed or stopped, and its exit code. */
class BuildStateTest {
    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "success, finished, 0", "fixed, finished, 0",
            "failed, finished, 6", "timedout, finished, 6", "infrastructure_fail, finished, 6",
            "canceled, finished, 7", "canceled, queued, 7", "not_run, not_run, 7", "retried, finished, 7",
            "no_tests, finished, 7",
            "running, running, 8", "queued, queued, 8", "scheduled, scheduled, 8", "not_running, not_running, 8",
            // statuses CircleCI may add: finished but unknown is 1, anything short of finished is 8
            "terminated-unknown, finished, 1", "on_hold, on_hold, 8", "blocked, NULL, 8", "NULL, NULL, 8",
            "NULL, finished, 1", "SUCCESS, finished, 1"})
    void mapsTheStatus(String status, String lifecycle, int code) {
        assertEquals(code, BuildState.of(status, lifecycle).exitCode().code());
    }

    /** {@code status, lifecycle, finished, passed, failed}: a final status is finished whatever the lifecycle says. */
    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "success, finished, true, true, false", "fixed, NULL, true, true, false",
            "failed, finished, true, false, true", "timedout, running, true, false, true", "infrastructure_fail, NULL, true, false, true",
            "canceled, queued, true, false, false", "not_run, not_run, true, false, false", "retried, finished, true, false, false",
            "no_tests, finished, true, false, false",
            "running, running, false, false, false", "queued, queued, false, false, false", "scheduled, NULL, false, false, false",
            "not_running, not_running, false, false, false",
            "on_hold, on_hold, false, false, false", "terminated-unknown, finished, true, false, false", "NULL, NULL, false, false, false"})
    void saysWhetherTheBuildFinishedAndHow(String status, String lifecycle, boolean finished, boolean passed, boolean failed) {
        BuildState state = BuildState.of(status, lifecycle);
        assertEquals(finished, state.finished(), "finished");
        assertEquals(passed, state.passed(), "passed");
        assertEquals(failed, state.failed(), "failed");
    }

    /** {@code the jobs' statuses | the code for them all}. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "success fixed | 0", "success failed canceled running | 6", "success canceled running | 7",
            "success mystery running | 1", "success running | 8", "'' | 0"})
    void severalBuildsExitWithTheWorst(String statuses, int code) {
        List<BuildState> states = statuses.isBlank() ? List.of()
                : Arrays.stream(statuses.trim().split(" ")).map(s -> BuildState.of(s, "mystery".equals(s) ? "finished" : null)).toList();
        assertEquals(code, BuildState.worst(states).code());
    }

    @Test
    void everyKnownStatusHasAResultCodeWhateverTheLifecycle() {
        Map<BuildStatus.Category, ExitCode> byCategory = Map.of(
                BuildStatus.Category.SUCCEEDED, ExitCode.OK, BuildStatus.Category.FAILED, ExitCode.BUILD_FAILED,
                BuildStatus.Category.STOPPED, ExitCode.BUILD_CANCELED, BuildStatus.Category.RUNNING, ExitCode.BUILD_PENDING,
                BuildStatus.Category.WAITING, ExitCode.BUILD_PENDING);
        for (BuildStatus s : BuildStatus.values()) {
            if (s == BuildStatus.UNKNOWN) {
                continue;
            }
            for (String lifecycle : new String[] {null, "finished", "running"}) {
                ExitCode code = BuildState.of(s.word(), lifecycle).exitCode();
                assertEquals(byCategory.get(s.category()), code, s.word());
                assertTrue(code != ExitCode.ERROR, s.word());
            }
        }
    }
}
