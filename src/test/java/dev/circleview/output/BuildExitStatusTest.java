package dev.circleview.output;

import dev.circleview.api.model.BuildStatus;
import dev.circleview.core.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one mapping from a build's status to the exit code that reports it. */
class BuildExitStatusTest {
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
        assertEquals(code, BuildExitStatus.of(status, lifecycle).code());
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
                ExitCode code = BuildExitStatus.of(s.word(), lifecycle);
                assertEquals(byCategory.get(s.category()), code, s.word());
                assertTrue(code != ExitCode.ERROR, s.word());
            }
        }
    }
}
