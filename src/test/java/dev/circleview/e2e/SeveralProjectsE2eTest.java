package dev.circleview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static dev.circleview.e2e.E2e.FIRST_PAGE;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.SLUG;
import static dev.circleview.e2e.E2e.TOKEN;
import static dev.circleview.e2e.E2e.assertCleanRequests;
import static dev.circleview.e2e.E2e.assertNoRequest;
import static dev.circleview.e2e.E2e.assertOneErrorLine;
import static dev.circleview.e2e.E2e.fixture;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code builds} over several projects: {@code --project} repeated or {@code --all-entities}, fetched together and merged. */
class SeveralProjectsE2eTest {
    static final String WEB = "/api/v1.1/project/github/acme/web";
    static final String API = "/api/v1.1/project/github/acme/api";

    // one server per test: a project still in flight when another fails must not reach the next test
    @RegisterExtension
    WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    /** A list of builds, each {@code "number@start"} (start as HH:MM on 2026-11-28, UTC). */
    static String list(String... builds) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (String spec : builds) {
            String[] parts = spec.split("@");
            var b = array.addObject();
            b.put("build_num", Integer.parseInt(parts[0]));
            b.put("status", "success");
            b.put("subject", "Change " + parts[0]);
            b.put("branch", "main");
            b.put("start_time", "2026-11-28T" + parts[1] + ":00.000Z");
            b.put("build_time_millis", 60_000);
            b.putObject("user").put("login", "dev").put("is_user", true);
        }
        return array.toString();
    }

    private void stub(String pathAndQuery, String body) {
        wm.stubFor(get(urlEqualTo(pathAndQuery)).willReturn(okForContentType(JSON, body)));
    }

    private void stubWebAndApi(int limit) {
        stub(WEB + "?limit=" + limit + "&offset=0", list("12@11:50", "11@11:00", "10@09:00"));
        stub(API + "?limit=" + limit + "&offset=0", list("7@11:30", "6@10:00"));
    }

    /** Exactly these GETs, each once, with the token and the JSON Accept header, and nothing else. */
    private void assertRequests(String... paths) {
        for (String path : paths) {
            wm.verify(1, getRequestedFor(urlEqualTo(path))
                    .withHeader("Circle-Token", equalTo(TOKEN))
                    .withHeader("Accept", equalTo("application/json")));
        }
        wm.verify(paths.length, getRequestedFor(urlMatching(".*")));
        assertCleanRequests(wm);
    }

    private static List<String> firstColumns(TestContext.Result r) {
        return r.stdoutLines().stream().map(l -> l.split("\t")[0].replace("github/acme/", "") + "#" + l.split("\t")[2]).toList();
    }

    @Test
    void repeatedProjectsAreMergedNewestFirstEachLineLedByItsProject() {
        stubWebAndApi(30);

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", "github/acme/web", "--project", "gh/acme/api");

        assertAll(r.toString(),
                () -> assertEquals(0, r.exitCode()),
                () -> assertEquals("", r.stderr()),
                () -> assertEquals(List.of("web#12", "api#7", "web#11", "api#6", "web#10"), firstColumns(r)));
        for (String line : r.stdoutLines()) {
            assertEquals(11, line.split("\t", -1).length, line);
        }
        assertEquals("github/acme/api\tsuccess\t7\tChange 7\t\t\tmain\t\tdev\t2026-11-28T11:30:00Z\t60", r.stdoutLines().get(1));
        assertRequests(WEB + "?limit=30&offset=0", API + "?limit=30&offset=0");
    }

    @Test
    void theProjectsAreFetchedTogether() {
        int delay = 1200;
        wm.stubFor(get(urlEqualTo(WEB + "?limit=30&offset=0"))
                .willReturn(okForContentType(JSON, list("12@11:50")).withFixedDelay(delay)));
        stub(API + "?limit=30&offset=0", list("7@11:30"));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", "github/acme/web", "-p", "github/acme/api");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(List.of("web#12", "api#7"), firstColumns(r));
        // asked together: one after the other, the second request would wait for the first, delayed, answer
        List<Long> asked = wm.getAllServeEvents().stream().map(e -> e.getRequest().getLoggedDate().getTime()).sorted().toList();
        assertEquals(2, asked.size());
        assertTrue(asked.get(1) - asked.get(0) < delay, "asked at " + asked);
    }

    @Test
    void theLimitIsFetchedFromEachProjectAndAppliesToTheMergedList() {
        stubWebAndApi(3);

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", "github/acme/web", "-p", "github/acme/api", "-L", "3");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(List.of("web#12", "api#7", "web#11"), firstColumns(r));
        assertRequests(WEB + "?limit=3&offset=0", API + "?limit=3&offset=0");
    }

    @Test
    void jsonIsOneArrayInTheMergedOrder() throws Exception {
        stubWebAndApi(30);

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", "github/acme/web", "-p", "github/acme/api", "--json");

        assertEquals(0, r.exitCode(), r::toString);
        JsonNode out = new ObjectMapper().readTree(r.stdout());
        List<Integer> numbers = new ArrayList<>();
        out.forEach(b -> numbers.add(b.get("build_num").asInt()));
        assertEquals(List.of(12, 7, 11, 6, 10), numbers);
        assertTrue(out.get(0).has("reponame"), "each build keeps the API's project fields");
    }

    @Test
    void onATerminalTheTableLeadsWithAProjectColumn() {
        stubWebAndApi(30);

        TestContext.Result r = E2e.context(wm, dir).terminal(true, false, 80)
                .run("builds", "-p", "github/acme/web", "-p", "github/acme/api");

        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdoutLines().get(0).matches("PROJECT +STATUS +# +SUBJECT .*"), r::toString);
        assertTrue(r.stdoutLines().get(1).startsWith("github/acme/web  ✓ success  12"), r::toString);
        assertTrue(r.stdoutLines().get(2).startsWith("github/acme/api  ✓ success  7 "), r::toString);
        r.stdoutLines().forEach(l -> assertTrue(l.length() <= 80, l));
    }

    @Test
    void allEntitiesListsEveryProjectTheCatalogNamesOnce() throws Exception {
        Files.writeString(dir.resolve("catalog-info.yaml"), entity("System", "platform", "github/acme/web")
                + "---\n" + entity("Component", "api", "gh/acme/api")
                + "---\n" + entity("Component", "docs", null)
                + "---\n" + entity("Component", "web-frontend", "github/acme/web"));
        stubWebAndApi(30);

        TestContext.Result r = E2e.context(wm, dir).run("builds", "--all-entities");

        assertAll(r.toString(),
                () -> assertEquals(0, r.exitCode()),
                () -> assertEquals("", r.stderr(), "no note about which entity was chosen: all were"),
                () -> assertEquals(List.of("web#12", "api#7", "web#11", "api#6", "web#10"), firstColumns(r)));
        assertRequests(WEB + "?limit=30&offset=0", API + "?limit=30&offset=0");
    }

    @Test
    void allEntitiesReadsTheCatalogEvenWhenTheEnvironmentNamesAProject() throws Exception {
        Files.writeString(dir.resolve("catalog-info.yaml"), entity("Component", "web", "github/acme/web")
                + "---\n" + entity("Component", "api", "github/acme/api"));
        stubWebAndApi(30);

        TestContext.Result r = E2e.context(wm, dir).env("CIRCLE_VIEW_PROJECT", SLUG).run("builds", "--all-entities");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(5, r.stdoutLines().size());
        assertRequests(WEB + "?limit=30&offset=0", API + "?limit=30&offset=0");
    }

    @Test
    void oneProjectAfterAllIsTheSingleProjectOutput() throws Exception {
        Files.writeString(dir.resolve("catalog-info.yaml"), E2e.catalog(SLUG) + "---\n" + entity("Group", "team-a", null));
        stub(FIRST_PAGE, fixture("builds-30.json"));

        TestContext.Result all = E2e.context(wm, dir).run("builds", "--all-entities");
        TestContext.Result twice = E2e.context(wm, dir).run("builds", "-p", SLUG, "-p", "gh/acme/svc");

        for (TestContext.Result r : List.of(all, twice)) {
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals(fixture("builds-30.tsv"), r.stdout(), "no project column, the API's order");
            assertEquals("", r.stderr());
        }
        wm.verify(2, getRequestedFor(urlEqualTo(FIRST_PAGE)));
        wm.verify(2, getRequestedFor(urlMatching(".*")));
    }

    @Test
    void allEntitiesWithoutAnyAnnotationIsTheEmptyState() throws Exception {
        Files.writeString(dir.resolve("catalog-info.yaml"), E2e.catalog(null));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "--all-entities");

        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("No CI/CD available for this entity"), r::toString);
        assertNoRequest(wm);
    }

    @Test
    void allEntitiesNamesTheEntityWhoseSlugIsBad() throws Exception {
        Files.writeString(dir.resolve("catalog-info.yaml"), entity("Component", "web", "github/acme/web")
                + "---\n" + entity("Component", "broken", "gitlab/acme/x"));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "--all-entities");

        assertOneErrorLine(r, 2);
        assertTrue(r.stderr().contains("(entity \"broken\")"), r::toString);
        assertNoRequest(wm);
    }

    @Test
    void aProjectThatIsNotFoundFailsTheWholeCommandNamingIt() {
        stub(WEB + "?limit=30&offset=0", list("12@11:50"));
        wm.stubFor(get(urlEqualTo(API + "?limit=30&offset=0")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", JSON).withBody("{\"message\":\"Project not found\"}")));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", "github/acme/web", "-p", "github/acme/api");

        assertOneErrorLine(r, 5);
        assertTrue(r.stderr().startsWith("circle-view: project github/acme/api not found on CircleCI (HTTP 404)"), r::toString);
        assertFalse(r.stderr().contains("acme/web"), r::toString);
    }

    @Test
    void aProjectTheTokenCannotReadFailsTheWholeCommandNamingIt() {
        stub(API + "?limit=30&offset=0", list("7@11:30"));
        wm.stubFor(get(urlEqualTo(WEB + "?limit=30&offset=0")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", JSON).withBody("{\"message\":\"You must log in first.\"}")));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", "github/acme/web", "-p", "github/acme/api", "--json");

        assertOneErrorLine(r, 4);
        assertTrue(r.stderr().startsWith("circle-view: github/acme/web: CircleCI rejected the token (HTTP 401)"), r::toString);
    }

    @Test
    void offsetGoesWithOneProjectOnly() {
        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", "github/acme/web", "-p", "github/acme/api", "--offset", "5");

        assertOneErrorLine(r, 2);
        assertTrue(r.stderr().contains("--offset goes with one project only"), r::toString);
        assertNoRequest(wm);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--project=github/acme/web", "--entity=web"})
    void allEntitiesDoesNotGoWithProjectOrEntity(String other) throws Exception {
        Files.writeString(dir.resolve("catalog-info.yaml"), entity("Component", "web", "github/acme/web"));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "--all-entities", other);

        assertOneErrorLine(r, 2);
        assertTrue(r.stderr().contains("--all-entities and " + other.substring(0, other.indexOf('='))), r::toString);
        assertNoRequest(wm);
    }

    @ParameterizedTest
    @ValueSource(strings = {"status", "build 12", "retry 12", "cancel 12", "trigger -b main", "tests 12", "artifacts 12",
            "watch 12", "build 12 --log"})
    void commandsThatActOnOneProjectRefuseARepeatedProject(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("-p", "github/acme/web", "-p", "github/acme/api"));

        TestContext.Result r = E2e.context(wm, dir).run(args.toArray(String[]::new));

        assertOneErrorLine(r, 2);
        assertEquals("circle-view: --project was given more than once, but " + command.split(" ")[0]
                + " acts on one project; give it once (only builds lists several projects together)\n", r.stderr());
        assertNoRequest(wm);
    }

    private static String entity(String kind, String name, String slug) {
        return "apiVersion: backstage.io/v1alpha1\nkind: " + kind + "\nmetadata:\n  name: " + name + "\n"
                + (slug == null ? "" : "  annotations:\n    circleci.com/project-slug: " + slug + "\n")
                + "spec:\n  owner: team-a\n";
    }
}
