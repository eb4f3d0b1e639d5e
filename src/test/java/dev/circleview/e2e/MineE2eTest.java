package dev.circleview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import static dev.circleview.e2e.E2e.assertNoRequest;
import static dev.circleview.e2e.E2e.assertOneErrorLine;
import static dev.circleview.e2e.E2e.builds;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code builds --mine}: GET /me alongside the pages, only the builds whose user is the token's,
 * paging until enough are found, the list ends, or the cap. In {@link E2e#builds}, build N is by
 * {@code dev(N % 3)}; the token's user here is {@code dev1}.
 */
class MineE2eTest {
    static final String ME = "/api/v1.1/me";

    // one server per test: pages still in flight when a command fails must not reach the next test
    @RegisterExtension
    WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    private void me(String login) {
        wm.stubFor(get(urlEqualTo(ME)).willReturn(okForContentType(JSON,
                "{\"login\":\"" + login + "\",\"name\":null,\"admin\":null,\"days_left_in_trial\":-3,\"identities\":{}}")));
    }

    private void page(String pathAndQuery, String body) {
        wm.stubFor(get(urlEqualTo(pathAndQuery)).willReturn(okForContentType(JSON, body)));
    }

    /** Exactly these GETs, each once, with the token, and nothing else. */
    private void assertRequests(String... paths) {
        for (String path : paths) {
            wm.verify(1, getRequestedFor(urlEqualTo(path)).withHeader("Circle-Token", equalTo(TOKEN))
                    .withHeader("Accept", equalTo("application/json")));
        }
        wm.verify(paths.length, getRequestedFor(urlMatching(".*")));
        assertCleanRequests(wm);
    }

    private static List<Integer> numbers(TestContext.Result r, int column) {
        return r.stdoutLines().stream().map(l -> Integer.parseInt(l.split("\t")[column])).toList();
    }

    /** Build numbers from {@code first} down, only those by dev1 ({@code n % 3 == 1}), {@code count} of them. */
    private static List<Integer> dev1From(int first, int count) {
        return IntStream.iterate(first, n -> n - 1).filter(n -> n % 3 == 1).limit(count).boxed().toList();
    }

    @Test
    void onlyTheTokensUsersBuildsFromOnePageWhenItHoldsEnough() {
        me("dev1");
        page(PROJECT_PATH + "?limit=100&offset=0", builds(1000, 100));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", SLUG, "--mine", "-L", "5");

        assertAll(r.toString(),
                () -> assertEquals(0, r.exitCode()),
                () -> assertEquals("", r.stderr()),
                () -> assertEquals(dev1From(1000, 5), numbers(r, 1)));
        r.stdoutLines().forEach(l -> assertEquals(10, l.split("\t", -1).length, "one project: no project column: " + l));
        r.stdoutLines().forEach(l -> assertEquals("dev1", l.split("\t")[7], l));
        assertRequests(ME, PROJECT_PATH + "?limit=100&offset=0");
    }

    @Test
    void theUserIsAskedForWhileTheFirstPageIs() {
        int delay = 1200;
        wm.stubFor(get(urlEqualTo(ME)).willReturn(okForContentType(JSON, "{\"login\":\"dev1\"}").withFixedDelay(delay)));
        page(PROJECT_PATH + "?limit=100&offset=0", builds(10, 10));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", SLUG, "--mine");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(dev1From(10, 4), numbers(r, 1));
        // asked together: one after the other, the page would wait for the user's delayed answer
        List<Long> asked = wm.getAllServeEvents().stream().map(e -> e.getRequest().getLoggedDate().getTime()).sorted().toList();
        assertEquals(2, asked.size());
        assertTrue(asked.get(1) - asked.get(0) < delay, "asked at " + asked);
    }

    @Test
    void pagesUntilItHasTheLimitAndNoFurther() {
        me("dev1");
        page(PROJECT_PATH + "?limit=100&offset=0", builds(1000, 100));
        page(PROJECT_PATH + "?limit=100&offset=100", builds(900, 100));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", SLUG, "--mine", "-L", "40");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stderr());
        assertEquals(dev1From(1000, 40), numbers(r, 1));
        assertRequests(ME, PROJECT_PATH + "?limit=100&offset=0", PROJECT_PATH + "?limit=100&offset=100");
    }

    @Test
    void stopsAtTheEndOfTheProjectsHistory() {
        me("dev1");
        page(PROJECT_PATH + "?limit=100&offset=0", builds(120, 100));
        page(PROJECT_PATH + "?limit=100&offset=100", builds(20, 20));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", SLUG, "--mine", "-L", "100");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stderr(), "the whole history was read: nothing to say");
        assertEquals(dev1From(120, 40), numbers(r, 1));
        assertRequests(ME, PROJECT_PATH + "?limit=100&offset=0", PROJECT_PATH + "?limit=100&offset=100");
    }

    @Test
    void stopsAtTheCapAndSaysSo() {
        me("someone-else");
        for (int i = 0; i < 10; i++) {
            page(PROJECT_PATH + "?limit=100&offset=" + (i * 100), builds(5000 - i * 100, 100));
        }

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", SLUG, "--mine");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stdout());
        assertEquals(List.of("circle-view: looked through the newest 1000 builds of github/acme/svc and found 0 by someone-else;"
                        + " older builds were not searched (--scan N reads N pages of 100)",
                "No builds found for github/acme/svc by someone-else"), r.stderrLines());
        String[] expected = new String[11];
        expected[0] = ME;
        for (int i = 0; i < 10; i++) {
            expected[i + 1] = PROJECT_PATH + "?limit=100&offset=" + (i * 100);
        }
        assertRequests(expected);
    }

    @Test
    void theBranchStatusAndOffsetGoIntoEveryPageRequest() {
        me("dev1");
        String tree = PROJECT_PATH + "/tree/feature%2Flogin";
        page(tree + "?limit=100&offset=5&filter=failed", builds(700, 100));
        page(tree + "?limit=100&offset=105&filter=failed", builds(600, 3));

        TestContext.Result r = E2e.context(wm, dir)
                .run("builds", "-p", SLUG, "--mine", "-b", "feature/login", "-s", "failed", "--offset", "5", "-L", "35");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(35, r.stdoutLines().size(), "34 of the first page, 1 of the last");
        assertRequests(ME, tree + "?limit=100&offset=5&filter=failed", tree + "?limit=100&offset=105&filter=failed");
    }

    @Test
    void withAllEntitiesEachProjectIsSearchedAndTheResultsMerged() throws Exception {
        Files.writeString(dir.resolve("catalog-info.yaml"), E2e.catalog("github/acme/web").replace("name: svc", "name: web")
                + "---\n" + E2e.catalog("github/acme/api").replace("name: svc", "name: api"));
        me("dev1");
        page("/api/v1.1/project/github/acme/web?limit=100&offset=0", builds(301, 100));
        page("/api/v1.1/project/github/acme/api?limit=100&offset=0", builds(52, 52));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "--all-entities", "--mine", "--json");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stderr());
        JsonNode out = readJson(r.stdout());
        assertEquals(30, out.size());
        for (JsonNode b : out) {
            assertEquals("dev1", b.get("user").get("login").asText());
        }
        // every build starts at the same time: by number, newest first, across both projects
        assertEquals(dev1From(301, 30), IntStream.range(0, 30).mapToObj(i -> out.get(i).get("build_num").asInt()).toList());
        assertRequests(ME, "/api/v1.1/project/github/acme/web?limit=100&offset=0",
                "/api/v1.1/project/github/acme/api?limit=100&offset=0");
    }

    @Test
    void withSeveralProjectsTheLinesAreLedByTheProject() {
        me("dev1");
        page("/api/v1.1/project/github/acme/web?limit=100&offset=0", builds(10, 10));
        page("/api/v1.1/project/github/acme/api?limit=100&offset=0", builds(8, 8));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", "github/acme/web", "-p", "github/acme/api", "--mine");

        assertEquals(0, r.exitCode(), r::toString);
        // the same start time everywhere: by number, then in the order the projects were given
        assertEquals(List.of("github/acme/web\t10", "github/acme/web\t7", "github/acme/api\t7", "github/acme/web\t4",
                "github/acme/api\t4", "github/acme/web\t1", "github/acme/api\t1"),
                r.stdoutLines().stream().map(l -> l.split("\t")[0] + "\t" + l.split("\t")[2]).toList());
    }

    @Test
    void withoutATokenItSaysSoAndSendsNothing() {
        TestContext.Result r = E2e.context(wm, dir).env("CIRCLECI_AUTH_TOKEN", null).run("builds", "-p", SLUG, "--mine");

        assertOneErrorLine(r, 4);
        assertTrue(r.stderr().startsWith("circle-view: --mine needs to know who you are, which takes a token;"), r::toString);
        assertNoRequest(wm);
    }

    @Test
    void aTokenThatCannotSayWhoItIsIsExit4() {
        wm.stubFor(get(urlEqualTo(ME)).willReturn(aResponse().withStatus(401).withHeader("Content-Type", JSON)
                .withBody("{\"message\":\"You must log in first.\"}")));
        page(PROJECT_PATH + "?limit=100&offset=0", builds(100, 100));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", SLUG, "--mine");

        assertOneErrorLine(r, 4);
        assertTrue(r.stderr().contains("HTTP 401"), r::toString);
        assertTrue(r.stderr().contains("--mine needs a personal API token"), r::toString);
    }

    @Test
    void anAnswerWithoutALoginIsExit1() {
        wm.stubFor(get(urlEqualTo(ME)).willReturn(okForContentType(JSON, "{\"name\":\"Nobody\"}")));
        page(PROJECT_PATH + "?limit=100&offset=0", builds(100, 100));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", SLUG, "--mine");

        assertOneErrorLine(r, 1);
        assertTrue(r.stderr().contains("GET /me has no login"), r::toString);
    }

    private static JsonNode readJson(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }
}
