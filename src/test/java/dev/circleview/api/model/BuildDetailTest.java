package dev.circleview.api.model;

import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build detail binds what the API sends, tolerates what it may send, and stays in step with {@link Build}. */
class BuildDetailTest {
    private static BuildDetail read(String json) throws Exception {
        return Json.mapper().readValue(json, BuildDetail.class);
    }

    /** Its fields are a build's, defined once by {@link Build}: written at the top level, in the same order, then the steps. */
    @Test
    void isWrittenAsTheFieldsOfABuildInTheSameOrderThenTheSteps() throws Exception {
        List<String> build = new ArrayList<>();
        Json.mapper().readTree(Json.mapper().writeValueAsString(Build.EMPTY)).fieldNames().forEachRemaining(build::add);
        List<String> detail = new ArrayList<>();
        Json.mapper().readTree(Json.mapper().writeValueAsString(read("{\"build_num\": 1}"))).fieldNames().forEachRemaining(detail::add);
        build.add("steps");
        assertEquals(build, detail);
        assertEquals(Build.class.getRecordComponents().length + 1, detail.size());
    }

    @Test
    void theSummaryCarriesEveryField() throws Exception {
        BuildDetail d = read("""
                {"build_num": 7, "status": "failed", "lifecycle": "finished", "outcome": "failed", "subject": "s",
                 "retry_of": 6, "job_name": "j", "workflows": {"workflow_name": "w", "job_name": "wj"}, "branch": "b",
                 "vcs_tag": "t", "vcs_revision": "r", "username": "u", "reponame": "p", "vcs_type": "github",
                 "build_url": "https://x/7", "user": {"login": "l"}, "author_name": "a", "committer_name": "c",
                 "why": "github", "queued_at": "2026-01-01T00:00:00Z", "start_time": "2026-01-01T00:00:01Z",
                 "stop_time": "2026-01-01T00:00:03Z", "build_time_millis": 2000, "parallel": 2, "platform": "2.0",
                 "dont_build": "ci-skip", "messages": [{"type": "warning", "message": "skipped"}]}""");
        Build summary = d.summary();
        for (RecordComponent c : Build.class.getRecordComponents()) {
            assertTrue(c.getAccessor().invoke(summary) != null, c.getName() + " is read from the top level of the object");
        }
        assertEquals(7, summary.buildNum());
        assertEquals("2.0", summary.platform());
        assertEquals("a", summary.author());
        assertEquals("wj", summary.effectiveJobName());
        assertEquals(Duration.ofSeconds(2), summary.duration());
    }

    @Test
    void bindsStepsAndActions() throws Exception {
        BuildDetail d = read("""
                {"build_num": 1, "steps": [{"name": "Run tests", "actions": [
                  {"name": "Run tests", "index": 1, "step": 102, "status": "failed", "exit_code": 1,
                   "start_time": "2026-01-01T00:00:00.000Z", "end_time": "2026-01-01T00:00:05.500Z",
                   "run_time_millis": null, "has_output": true, "output_url": "https://s3/x", "truncated": false,
                   "failed": true, "type": "test", "background": false, "parallel": true,
                   "bash_command": "#!/bin/bash -eo pipefail\\nmake test", "allocation_id": "abc-1-build/x"}]}]}""");
        Action a = d.steps().get(0).actions().get(0);
        assertEquals(new Action("Run tests", 1, 102, "failed", 1, "2026-01-01T00:00:00.000Z", "2026-01-01T00:00:05.500Z",
                null, true, "https://s3/x", false, true, "test", false, true), a);
        assertEquals(Duration.ofMillis(5500), a.duration(), "end minus start when run_time_millis is missing");
    }

    @Test
    void missingOrNullListsAreEmptyAndNullElementsAreDropped() throws Exception {
        assertEquals(List.of(), read("{\"build_num\": 1}").steps());
        assertEquals(List.of(), read("{\"steps\": null}").steps());
        assertEquals(List.of(), read("{\"steps\": [null]}").steps());
        assertEquals(List.of(), read("{\"steps\": [{\"name\": \"x\"}]}").steps().get(0).actions());
        assertEquals(List.of(), read("{\"steps\": [{\"name\": \"x\", \"actions\": null}]}").steps().get(0).actions());
        assertEquals(1, read("{\"steps\": [{\"actions\": [null, {}]}]}").steps().get(0).actions().size());
    }

    @Test
    void fieldsOfAnotherTypeThanDocumentedAreNull() throws Exception {
        BuildDetail d = read("{\"build_num\": \"seven\", \"steps\": \"none\", \"parallel\": {}}");
        assertNull(d.summary().buildNum());
        assertNull(d.summary().parallel());
        assertEquals(List.of(), d.steps());
        Action a = read("{\"steps\": [{\"actions\": [{\"index\": \"x\", \"exit_code\": [], \"run_time_millis\": \"long\"}]}]}")
                .steps().get(0).actions().get(0);
        assertNull(a.index());
        assertNull(a.exitCode());
        assertNull(a.runTimeMillis());
        assertNull(a.duration());
    }
}
