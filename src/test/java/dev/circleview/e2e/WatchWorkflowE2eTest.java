package dev.circleview.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.circleview.testing.Golden;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.PROJECT_PATH;
import static dev.circleview.e2e.E2e.SLUG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code watch --workflow}: the jobs of build #42's workflow (build #41, test #42, deploy #43) followed together. */
class WatchWorkflowE2eTest {
    static final String BUILD = PROJECT_PATH + "/42";
    static final String MAIN_PAGE = PROJECT_PATH + "/tree/main?limit=30&offset=0";
    static final String WORKFLOW = "5a1f0c3e-9d2b-4e6f-8a7c-1b2d3e4f5a6b";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    /** A job of the list, "name#num:status[:seconds]", of workflow {@code id}. */
    private static ObjectNode job(String id, String spec) {
        String[] p = spec.split("[#:]");
        String status = p[2];
        boolean done = !List.of("queued", "not_running", "running").contains(status);
        ObjectNode b = MAPPER.createObjectNode().put("build_num", Integer.parseInt(p[1])).put("status", status)
                .put("lifecycle", done ? "finished" : status).put("branch", "main");
        b.putObject("workflows").put("workflow_id", id).put("workflow_name", "build-test-deploy").put("job_name", p[0]);
        if (!status.equals("queued") && !status.equals("not_running")) {
            b.put("start_time", "2026-11-28T12:00:00.000Z");
        }
        if (done) {
            long s = Long.parseLong(p[3]);
            b.put("stop_time", "2026-11-28T12:00:00.000Z").put("build_time_millis", s * 1000);
        }
        return b;
    }

    /** The branch's newest page: the given jobs of the workflow, and an older build of another workflow. */
    private static ResponseDefinitionBuilder page(String... jobs) {
        ArrayNode array = MAPPER.createArrayNode();
        for (String j : jobs) {
            array.add(job(WORKFLOW, j));
        }
        array.add(job("0e0e0e0e-other", "lint#40:failed:5"));
        return okForContentType(JSON, array.toString());
    }

    private static void stubFollowed(boolean inWorkflow) {
        ObjectNode b = job(inWorkflow ? WORKFLOW : null, "test#42:queued");
        if (!inWorkflow) {
            b.remove("workflows");
        }
        b.putArray("steps");
        wm.stubFor(get(urlEqualTo(BUILD)).willReturn(okForContentType(JSON, b.toString())));
    }

    private static void sequence(String path, ResponseDefinitionBuilder... answers) {
        for (int i = 0; i < answers.length; i++) {
            var stub = get(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(i == 0 ? Scenario.STARTED : "s" + i);
            if (i + 1 < answers.length) {
                stub = stub.willSetStateTo("s" + (i + 1));
            }
            wm.stubFor(stub.willReturn(answers[i]));
        }
    }

    private TestContext context() {
        return E2e.context(wm, dir).clockFollowsSleeps();
    }

    @Test
    void threeJobsFinishingAtDifferentTimesAreOneLinePerChangeThenASummaryAndExitZero() {
        stubFollowed(true);
        sequence(MAIN_PAGE,
                page("build#41:running", "test#42:queued", "deploy#43:not_running"),
                page("build#41:success:45", "test#42:running", "deploy#43:running"),
                page("build#41:success:45", "test#42:running", "deploy#43:running"),
                page("build#41:success:45", "test#42:running", "deploy#43:success:30"),
                page("build#41:success:45", "test#42:success:65", "deploy#43:success:30"));
        TestContext context = context();
        TestContext.Result r = context.run("watch", "42", "--workflow", "-p", SLUG);
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stderr(), r::toString);
        assertFalse(r.stdout().contains("\u001b"), "escape codes when piped");
        assertFalse(r.stdout().contains("lint"), "a build of another workflow is not followed");
        Golden.assertMatches("watch-workflow-piped", r.stdout());
        assertEquals(List.of(3.0, 3.0, 4.5, 3.0), context.sleeps().stream().map(d -> d.toMillis() / 1000.0).toList());
        // one list request per poll; the jobs' own details are never asked for
        wm.verify(5, getRequestedFor(urlEqualTo(MAIN_PAGE)));
        wm.verify(1, getRequestedFor(urlEqualTo(BUILD)));
        wm.verify(0, getRequestedFor(urlEqualTo(PROJECT_PATH + "/41")));
        wm.verify(0, getRequestedFor(urlEqualTo(PROJECT_PATH + "/43")));
        E2e.assertCleanRequests(wm);
    }

    @Test
    void aFailedJobWaitsForTheOthersThenExitsSix() {
        stubFollowed(true);
        sequence(MAIN_PAGE,
                page("build#41:success:45", "test#42:failed:20", "deploy#43:running"),
                page("build#41:success:45", "test#42:failed:20", "deploy#43:canceled:10"));
        TestContext.Result r = context().run("watch", "42", "--workflow", "-p", SLUG);
        assertEquals(6, r.exitCode(), r::toString);
        assertEquals("", r.stderr(), r::toString);
        assertEquals("workflow build-test-deploy: build #41 success in 45s, test #42 failed in 20s, "
                + "deploy #43 canceled in 10s (watched 3s)", r.stdoutLines().get(r.stdoutLines().size() - 1));
        wm.verify(2, getRequestedFor(urlEqualTo(MAIN_PAGE)));
    }

    @Test
    void failFastStopsAtTheFirstFailedJobWithoutPollingAgain() {
        stubFollowed(true);
        sequence(MAIN_PAGE,
                page("build#41:running", "test#42:queued", "deploy#43:queued"),
                page("build#41:success:45", "test#42:failed:20", "deploy#43:running"));
        TestContext.Result r = context().run("watch", "42", "--workflow", "--fail-fast", "-p", SLUG);
        assertEquals(6, r.exitCode(), r::toString);
        assertEquals(List.of("circle-view: job test #42 failed; not waiting for the other jobs (--fail-fast)"),
                r.stderrLines());
        assertEquals("workflow build-test-deploy: build #41 success in 45s, test #42 failed in 20s, deploy #43 running "
                + "(watched 3s)", r.stdoutLines().get(r.stdoutLines().size() - 1));
        wm.verify(2, getRequestedFor(urlEqualTo(MAIN_PAGE)));
        wm.verify(0, getRequestedFor(urlEqualTo(PROJECT_PATH + "/43")));
    }

    @Test
    void theLiveViewHasOneRowPerJob() {
        stubFollowed(true);
        sequence(MAIN_PAGE,
                page("build#41:success:45", "test#42:running", "deploy#43:queued"),
                page("build#41:success:45", "test#42:success:65", "deploy#43:success:30"));
        TestContext.Result r = context().terminal(true, false, 80).run("watch", "42", "--workflow", "-p", SLUG);
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().startsWith("\u001b[?25l"), r::toString);
        assertTrue(r.stdout().contains("\r\u001b[4A\u001b[J"), "redrawn in place: " + r.stdout());
        assertTrue(r.stdout().contains("✓ build  #41  45s"), r::toString);
        assertTrue(r.stdout().contains("▶ test  #42"), r::toString);
        assertTrue(r.stdout().contains("· deploy  #43"), r::toString);
        assertTrue(r.stdout().contains("\u001b[?25h"), "cursor shown again");
    }

    @Test
    void failFastWithoutWorkflowIsAUsageError() {
        TestContext.Result r = context().run("watch", "42", "--fail-fast", "-p", SLUG);
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(List.of("circle-view: --fail-fast goes only with --workflow; add --workflow, or drop --fail-fast"),
                r.stderrLines());
        E2e.assertNoRequest(wm);
    }

    @Test
    void workflowOnABuildWithoutAWorkflowIsAOneLineUsageError() {
        stubFollowed(false);
        TestContext.Result r = context().run("watch", "42", "--workflow", "-p", SLUG);
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(List.of("circle-view: build #42 is not part of a workflow, so --workflow has nothing to follow; "
                + "watch it without --workflow"), r.stderrLines());
        assertEquals("", r.stdout(), r::toString);
        wm.verify(0, getRequestedFor(urlEqualTo(MAIN_PAGE)));
    }
}
