package dev.circleview.e2e;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.testing.StrictWireMock;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.PROJECT_PATH;
import static dev.circleview.e2e.E2e.SLUG;
import static dev.circleview.e2e.E2e.TOKEN;
import static dev.circleview.e2e.E2e.assertCleanRequests;
import static dev.circleview.e2e.E2e.assertOneErrorLine;
import static dev.circleview.e2e.E2e.builds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paging for --limit above 100, and the branch and status filters in the request. */
class PagingAndFiltersE2eTest {
    // one server per test: pages still in flight when a command fails must not reach the next test
    @RegisterExtension
    WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    private void page(String query, String body) {
        wm.stubFor(get(urlEqualTo(PROJECT_PATH + "?" + query)).willReturn(okForContentType(JSON, body)));
    }

    private static List<Integer> numbers(TestContext.Result r) {
        return r.stdoutLines().stream().map(l -> Integer.parseInt(l.split("\t")[1])).toList();
    }

    private static List<Integer> descending(int first, int count) {
        return java.util.stream.IntStream.range(0, count).map(i -> first - i).boxed().toList();
    }

    @Test
    void limitAbove100IsFetchedInPagesAndPrintedInOrder() {
        page("limit=100&offset=0", builds(5000, 100));
        page("limit=100&offset=100", builds(4900, 100));
        page("limit=50&offset=200", builds(4800, 50));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", SLUG, "--limit", "250");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stderr());
        assertEquals(250, r.stdoutLines().size());
        assertEquals(descending(5000, 250), numbers(r));
        for (String q : List.of("limit=100&offset=0", "limit=100&offset=100", "limit=50&offset=200")) {
            wm.verify(1, getRequestedFor(urlEqualTo(PROJECT_PATH + "?" + q))
                    .withHeader("Circle-Token", equalTo(TOKEN)).withHeader("Accept", equalTo("application/json")));
        }
        wm.verify(3, getRequestedFor(urlMatching(".*")));
        assertCleanRequests(wm);
    }

    @Test
    void pagesStartAtTheOffset() {
        page("limit=100&offset=20", builds(4980, 100));
        page("limit=20&offset=120", builds(4880, 20));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", SLUG, "-L", "120", "--offset", "20");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(descending(4980, 120), numbers(r));
        wm.verify(2, getRequestedFor(urlMatching(".*")));
    }

    @Test
    void aShortPageEndsTheList() {
        page("limit=100&offset=0", builds(5000, 100));
        page("limit=100&offset=100", builds(4900, 60));
        // what a later page holds after a short one is not shown (the list ended); asked for together
        // with the others, it may or may not be sent before the short one is seen
        wm.stubFor(get(urlEqualTo(PROJECT_PATH + "?limit=50&offset=200")).willReturn(okForContentType(JSON, builds(3000, 50)))
                .withMetadata(Map.of(StrictWireMock.OPTIONAL, true)));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", SLUG, "--limit", "250");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(160, r.stdoutLines().size());
        assertEquals(descending(5000, 160), numbers(r));
        assertCleanRequests(wm);
    }

    @Test
    void aShortFirstPageIsTheWholeList() {
        page("limit=100&offset=0", builds(40, 40));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", SLUG, "--limit", "250");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(descending(40, 40), numbers(r));
        wm.verify(1, getRequestedFor(urlMatching(".*")));
    }

    @Test
    void aFailureAfterAShortPageDoesNotMatter() {
        // the short second page answers last, so that the third has failed by then
        page("limit=100&offset=0", builds(5000, 100));
        wm.stubFor(get(urlEqualTo(PROJECT_PATH + "?limit=100&offset=100"))
                .willReturn(okForContentType(JSON, builds(4900, 40)).withFixedDelay(500)));
        wm.stubFor(get(urlEqualTo(PROJECT_PATH + "?limit=100&offset=200"))
                .willReturn(okForContentType(JSON, "{\"message\":\"offset too large\"}").withStatus(400)));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", SLUG, "--limit", "300");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stderr());
        assertEquals(descending(5000, 140), numbers(r));
        wm.verify(3, getRequestedFor(urlMatching(".*")));
    }

    @Test
    void aPageIsRetriedOnItsOwn() {
        page("limit=100&offset=0", builds(5000, 100));
        wm.stubFor(get(urlEqualTo(PROJECT_PATH + "?limit=100&offset=100")).inScenario("page 2")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(okForContentType(JSON, "").withStatus(503)).willSetStateTo("up"));
        wm.stubFor(get(urlEqualTo(PROJECT_PATH + "?limit=100&offset=100")).inScenario("page 2")
                .whenScenarioStateIs("up").willReturn(okForContentType(JSON, builds(4900, 100))));
        page("limit=50&offset=200", builds(4800, 50));

        TestContext context = E2e.context(wm, dir);
        TestContext.Result r = context.run("builds", "-p", SLUG, "--limit", "250");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(descending(5000, 250), numbers(r));
        assertEquals(1, context.sleeps().size());
        wm.verify(2, getRequestedFor(urlEqualTo(PROJECT_PATH + "?limit=100&offset=100")));
        wm.verify(4, getRequestedFor(urlMatching(".*")));
    }

    @Test
    void buildsThatShiftBetweenPagesAreShownOnce() {
        page("limit=100&offset=0", builds(5000, 100));
        // two new builds arrived while paging: the second page starts with two of the first page's builds
        page("limit=100&offset=100", builds(4902, 100));
        page("limit=50&offset=200", builds(4802, 50));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", SLUG, "--limit", "250");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(descending(5000, 248), numbers(r));
    }

    @Test
    void limitOf100IsOneRequest() {
        page("limit=100&offset=0", builds(5000, 100));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", SLUG, "--limit", "100");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(100, r.stdoutLines().size());
        wm.verify(1, getRequestedFor(urlMatching(".*")));
    }

    @Test
    void aFailedPageFailsTheCommand() {
        // the pages are asked for together, and the first to fail ends the wait: the others may never be sent
        for (String[] page : new String[][] {{"limit=100&offset=0", builds(5000, 100)}, {"limit=50&offset=200", builds(4800, 50)}}) {
            wm.stubFor(get(urlEqualTo(PROJECT_PATH + "?" + page[0])).willReturn(okForContentType(JSON, page[1]))
                    .withMetadata(Map.of(StrictWireMock.OPTIONAL, true)));
        }
        wm.stubFor(get(urlEqualTo(PROJECT_PATH + "?limit=100&offset=100"))
                .willReturn(okForContentType(JSON, "{\"message\":\"You must log in first.\"}").withStatus(401)));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", SLUG, "--limit", "250");

        assertOneErrorLine(r, 4);
    }

    @Test
    void branchIsOnePercentEncodedPathSegment() {
        wm.stubFor(get(urlEqualTo(PROJECT_PATH + "/tree/feature%2Fx?limit=30&offset=0"))
                .willReturn(okForContentType(JSON, builds(77, 3))));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", SLUG, "--branch", "feature/x");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(List.of(77, 76, 75), numbers(r));
        wm.verify(1, getRequestedFor(urlEqualTo(PROJECT_PATH + "/tree/feature%2Fx?limit=30&offset=0"))
                .withHeader("Circle-Token", equalTo(TOKEN)));
        assertCleanRequests(wm);
    }

    @Test
    void branchWithSpecialCharactersIsEncoded() {
        wm.stubFor(get(urlEqualTo(PROJECT_PATH + "/tree/release%2F2.3%23hot%3Ffix%26x%25?limit=30&offset=0"))
                .willReturn(okForContentType(JSON, "[]")));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", SLUG, "-b", "release/2.3#hot?fix&x%");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("No builds found for github/acme/svc on branch release/2.3#hot?fix&x%\n", r.stderr());
    }

    @Test
    void statusBecomesTheFilterParameter() {
        wm.stubFor(get(urlEqualTo(PROJECT_PATH + "?limit=30&offset=0&filter=failed"))
                .willReturn(okForContentType(JSON, builds(70, 2))));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", SLUG, "--status", "failed");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(List.of(70, 69), numbers(r));
        wm.verify(1, getRequestedFor(urlEqualTo(PROJECT_PATH + "?limit=30&offset=0&filter=failed")));
        assertCleanRequests(wm);
    }

    @Test
    void branchAndStatusTogether() {
        wm.stubFor(get(urlEqualTo(PROJECT_PATH + "/tree/main?limit=5&offset=0&filter=running"))
                .willReturn(okForContentType(JSON, "[]")));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", SLUG, "-b", "main", "-s", "running", "-L", "5");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("No builds found for github/acme/svc on branch main with status running\n", r.stderr());
    }

    @Test
    void badStatusAndBranchAreUsageErrorsWithoutARequest() {
        TestContext.Result status = E2e.context(wm, dir).run("builds", "-p", SLUG, "--status", "broken");
        TestContext.Result branch = E2e.context(wm, dir).run("builds", "-p", SLUG, "--branch", "..");
        TestContext.Result limit = E2e.context(wm, dir).run("builds", "-p", SLUG, "--limit", "0");

        assertEquals(2, status.exitCode(), status::toString);
        assertTrue(status.stderr().startsWith("circle-view: "), status::toString);
        assertOneErrorLine(branch, 2);
        assertOneErrorLine(limit, 2);
        assertTrue(wm.getAllServeEvents().isEmpty());
    }
}
