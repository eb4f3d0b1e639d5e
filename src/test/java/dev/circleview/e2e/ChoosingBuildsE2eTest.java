package dev.circleview.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.PROJECT_PATH;
import static dev.circleview.e2e.E2e.SLUG;
import static dev.circleview.e2e.E2e.TOKEN;
import static dev.circleview.e2e.E2e.assertOneErrorLine;
import static dev.circleview.e2e.E2e.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which builds a run shows: the filters the API does not have, read page by page; lists that arrive
 * out of order, shown newest first; and "the newest build of this branch" for build, retry and status.
 */
class ChoosingBuildsE2eTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    /** A job of a workflow, as CircleCI lists it. */
    private static ObjectNode job(int num, String workflow, String job, String login, String status) {
        ObjectNode b = MAPPER.createObjectNode();
        b.put("build_num", num).put("status", status).put("lifecycle", "finished").put("subject", "Commit " + num)
                .put("branch", "main").put("vcs_revision", String.format("%040x", num)).put("start_time", "2026-11-27T10:00:00.000Z");
        b.putObject("user").put("login", login);
        b.putObject("workflows").put("workflow_name", workflow).put("job_name", job).put("workflow_id", "wf-" + workflow + "-" + num / 10);
        return b;
    }

    /** {@code count} jobs of the nightly workflow numbered down from {@code first}: none a deploy of release. */
    private static ArrayNode page(int first, int count) {
        ArrayNode page = MAPPER.createArrayNode();
        for (int i = 0; i < count; i++) {
            page.add(job(first - i, "nightly", "test", "bob", "success"));
        }
        return page;
    }

    private static void answer(String path, Object body) {
        wm.stubFor(get(urlEqualTo(path)).willReturn(okForContentType(JSON, body.toString())));
    }

    private TestContext.Result run(String... args) {
        return E2e.context(wm, dir).run(args);
    }

    private static List<String> numbers(TestContext.Result r) {
        return r.stdoutLines().stream().map(l -> l.split("\t")[1]).toList();
    }

    /** {@code the filter | the build of page two that passes it}: each read past the first page. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--workflow release --job deploy | release, deploy, carol",
            "--sha 000000000000000000000000000000000000012c | nightly, test, bob",
            "--author CAROL                 | nightly, lint, carol",
            "--job lint --author carol      | nightly, lint, carol"})
    void aFilterReadsPageAfterPageUntilItFindsTheBuilds(String filter, String wanted) {
        ArrayNode first = page(400, 100);
        ArrayNode second = page(300, 100);
        String[] w = wanted.split(", ");
        second.set(0, job(300, w[0], w[1], w[2], "failed"));
        answer(PROJECT_PATH + "?limit=100&offset=0", first);
        answer(PROJECT_PATH + "?limit=100&offset=100", second);
        List<String> args = new java.util.ArrayList<>(List.of("builds", "-p", SLUG, "-L", "1"));
        args.addAll(Arrays.asList(filter.trim().split(" +")));

        TestContext.Result r = run(args.toArray(String[]::new));

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(List.of("300"), numbers(r), r::toString);
        assertEquals("", r.stderr());
        wm.verify(2, getRequestedFor(urlMatching(".*")).withHeader("Circle-Token", equalTo(TOKEN)));
    }

    @Test
    void theScanCapEndsTheSearchAndSaysHowManyBuildsWereRead() {
        answer(PROJECT_PATH + "/tree/main?limit=100&offset=0", page(400, 100));
        answer(PROJECT_PATH + "/tree/main?limit=100&offset=100", page(300, 100));

        TestContext.Result r = run("builds", "-p", SLUG, "-b", "main", "--job", "deploy", "--scan", "2");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stdout());
        assertEquals(List.of("circle-view: looked through the newest 200 builds of github/acme/svc and found 0 matching job "
                        + "deploy; older builds were not searched (--scan N reads N pages of 100)",
                "No builds found for github/acme/svc on branch main matching job deploy"), r.stderrLines());
        wm.verify(2, getRequestedFor(urlMatching(".*")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "builds --sha 3f9c2e | invalid --sha",
            "builds --scan 3     | --scan goes with a filter",
            "builds --job ''     | take a name"})
    void badFiltersAreUsageErrorsBeforeAnyRequest(String argv, String message) {
        List<String> args = new java.util.ArrayList<>(Arrays.asList(argv.trim().split(" +")));
        args.replaceAll(a -> a.equals("''") ? "" : a);
        args.addAll(List.of("-p", SLUG));

        TestContext.Result r = run(args.toArray(String[]::new));

        assertOneErrorLine(r, 2);
        assertTrue(r.stderr().contains(message), r::toString);
        E2e.assertNoRequest(wm);
    }

    @Test
    void aListThatArrivesOutOfOrderIsShownNewestFirst() {
        ArrayNode list = MAPPER.createArrayNode();
        for (int n : new int[] {1228, 1230, 1227, 1229}) {
            list.add(job(n, "ci", "test", "bob", "success"));
        }
        answer(E2e.FIRST_PAGE, list);

        TestContext.Result r = run("builds", "-p", SLUG);

        assertEquals(List.of("1230", "1229", "1228", "1227"), numbers(r));
    }

    private Path checkout() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/feature/x\n");
        Files.writeString(dir.resolve("catalog-info.yaml"), E2e.catalog(SLUG));
        return dir;
    }

    /** The newest builds of feature/x, out of order: #42 is the newest. */
    private static void newestOfTheBranch() {
        ArrayNode list = MAPPER.createArrayNode();
        for (int n : new int[] {41, 42, 40}) {
            list.add(job(n, "ci", "test", "bob", n == 42 ? "failed" : "success").put("branch", "feature/x"));
        }
        answer(PROJECT_PATH + "/tree/feature%2Fx?limit=5&offset=0", list);
    }

    @Test
    void buildWithoutANumberShowsTheNewestBuildOfTheCheckoutsBranch() throws Exception {
        checkout();
        newestOfTheBranch();
        answer(PROJECT_PATH + "/42", fixture("build-4810-parallel.json").replace("\"build_num\" : 4810", "\"build_num\" : 42"));

        TestContext.Result r = new TestContext(dir).env("CIRCLE_VIEW_API_URL", E2e.apiUrl(wm)).env("CIRCLECI_AUTH_TOKEN", TOKEN)
                .run("build", "--json", "build_num");

        assertEquals(0, r.exitCode(), r::toString);
        wm.verify(1, getRequestedFor(urlEqualTo(PROJECT_PATH + "/42")));
    }

    @Test
    void buildWithoutANumberOutsideACheckoutAsksWhichBranch() {
        TestContext.Result r = run("build", "-p", SLUG);

        assertOneErrorLine(r, 2);
        assertTrue(r.stderr().contains("which branch?"), r::toString);
        E2e.assertNoRequest(wm);
    }

    @Test
    void retryLastRetriesTheNewestBuildOfTheCheckoutsBranch() throws Exception {
        checkout();
        newestOfTheBranch();
        wm.stubFor(post(urlEqualTo(PROJECT_PATH + "/42/retry")).willReturn(okForContentType(JSON, fixture("build-retried.json"))));

        TestContext.Result r = new TestContext(dir).env("CIRCLE_VIEW_API_URL", E2e.apiUrl(wm)).env("CIRCLECI_AUTH_TOKEN", TOKEN)
                .run("retry", "--last");

        assertEquals(0, r.exitCode(), r::toString);
        wm.verify(1, postRequestedFor(urlEqualTo(PROJECT_PATH + "/42/retry")));
    }

    @Test
    void statusWorkflowReportsEveryJobOfTheNewestBuildsWorkflowAndExitsWithTheWorst() {
        ArrayNode list = MAPPER.createArrayNode();
        // #52 is the newest; its workflow run wf-2 has #50 to #52; #49 belongs to an older run
        String[][] jobs = {{"52", "deploy", "canceled", "wf-2"}, {"50", "build", "success", "wf-2"}, {"51", "test", "failed", "wf-2"},
                {"49", "lint", "success", "wf-1"}};
        for (String[] j : jobs) {
            ObjectNode b = job(Integer.parseInt(j[0]), "release", j[1], "bob", j[2]);
            ((ObjectNode) b.get("workflows")).put("workflow_id", j[3]);
            list.add(b);
        }
        answer(PROJECT_PATH + "/tree/main?limit=30&offset=0", list);

        TestContext.Result r = run("status", "-p", SLUG, "-b", "main", "--workflow");

        assertEquals(6, r.exitCode(), "the failed job is the worst: " + r);
        assertEquals(List.of("50", "51", "52"), numbers(r), "the three jobs of wf-2, not #49 of another run");
    }
}
