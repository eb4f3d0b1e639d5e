package dev.circleview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.testing.Golden;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.assertNoRequest;
import static dev.circleview.e2e.E2e.assertOneErrorLine;
import static dev.circleview.e2e.E2e.assertOnlyRequest;
import static dev.circleview.e2e.E2e.fixture;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code circle-view projects}: one GET /projects with the token, outside any checkout. */
class ProjectsE2eTest {
    static final String PROJECTS = "/api/v1.1/projects";

    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    private void stubFixture() {
        wm.stubFor(get(urlEqualTo(PROJECTS)).willReturn(okForContentType(JSON, fixture("projects.json"))));
    }

    @Test
    void pipedOutsideAnyCheckoutIsOneLinePerProjectSortedBySlug() throws Exception {
        stubFixture();
        // no catalog file, no git folder: projects needs neither
        Path nowhere = Files.createDirectories(dir.resolve("no/checkout/here"));

        TestContext.Result r = E2e.context(wm, nowhere).run("projects");

        assertAll(r.toString(),
                () -> assertEquals(0, r.exitCode()),
                () -> assertEquals("", r.stderr()),
                () -> assertEquals(Files.readString(Golden.file("projects-piped")), r.stdout()));
        assertOnlyRequest(wm, PROJECTS);
    }

    @Test
    void onATerminalItIsTheTableFittedToTheWidth() throws Exception {
        stubFixture();

        TestContext.Result r = E2e.context(wm, dir).terminal(true, false, 80).run("projects");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(Files.readString(Golden.file("projects-80")), r.stdout());
        assertOnlyRequest(wm, PROJECTS);
    }

    @Test
    void jsonHasTheDocumentedFieldsWithBranchNamesDecoded() throws Exception {
        stubFixture();

        TestContext.Result r = E2e.context(wm, dir).run("projects", "--json");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stderr());
        JsonNode out = new ObjectMapper().readTree(r.stdout());
        assertEquals(8, out.size());
        assertEquals(List.of("slug", "vcs_type", "username", "reponame", "vcs_url", "default_branch", "latest_build"),
                names(out.get(0)));
        assertTrue(out.get(0).get("latest_build").isNull(), "bitbucket/acme/legacy has no builds: " + out.get(0));
        JsonNode web = out.get(7);
        assertEquals("github/acme/web", web.get("slug").asText());
        assertEquals(List.of("build_num", "status", "outcome", "vcs_revision", "pushed_at", "added_at"),
                names(web.get("latest_build")));
        assertEquals(1231, web.get("latest_build").get("build_num").asInt());
        assertEquals("running", web.get("latest_build").get("status").asText());
        assertTrue(web.get("latest_build").get("outcome").isNull());
        assertEquals("2026-11-28T11:58:00.120Z", web.get("latest_build").get("added_at").asText());
        assertEquals("release/2.x", out.get(2).get("default_branch").asText());
        assertEquals(88, out.get(2).get("latest_build").get("build_num").asInt());
        assertEquals("fix+tests", out.get(6).get("default_branch").asText());
        assertEquals(12, out.get(6).get("latest_build").get("build_num").asInt(), "fix+tests is not 'fix tests'");
        assertEquals(5, out.get(5).get("latest_build").get("build_num").asInt(), "功能/登录 matched its encoded key");
        assertOnlyRequest(wm, PROJECTS);
    }

    @Test
    void followingNothingIsANoteAndExit0() {
        wm.stubFor(get(urlEqualTo(PROJECTS)).willReturn(okForContentType(JSON, "[]")));

        TestContext.Result r = E2e.context(wm, dir).run("projects");
        TestContext.Result json = E2e.context(wm, dir).run("projects", "--json");

        assertAll(r.toString(),
                () -> assertEquals(0, r.exitCode()),
                () -> assertEquals("", r.stdout()),
                () -> assertEquals(1, r.stderrLines().size()),
                () -> assertTrue(r.stderr().startsWith("You follow no projects on CircleCI")));
        assertEquals(0, json.exitCode(), json::toString);
        assertEquals("[]\n", json.stdout());
    }

    @Test
    void withoutATokenItSaysSoAndSendsNothing() {
        TestContext.Result r = E2e.context(wm, dir).env("CIRCLECI_AUTH_TOKEN", null).run("projects");

        assertOneErrorLine(r, 4);
        assertTrue(r.stderr().contains("listing the projects you follow needs to know who you are"), r::toString);
        assertTrue(r.stderr().contains("CIRCLECI_AUTH_TOKEN"), r::toString);
        assertNoRequest(wm);
    }

    @Test
    void aRejectedTokenIsExit4() {
        wm.stubFor(get(urlEqualTo(PROJECTS)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", JSON).withBody("{\"message\":\"You must log in first.\"}")));

        TestContext.Result r = E2e.context(wm, dir).run("projects");

        assertOneErrorLine(r, 4);
        assertTrue(r.stderr().contains("HTTP 401"), r::toString);
        assertTrue(r.stderr().contains("You must log in first; "), r::toString);
        assertOnlyRequest(wm, PROJECTS);
    }

    @Test
    void anObjectWhereTheListBelongsIsExit1() {
        wm.stubFor(get(urlEqualTo(PROJECTS)).willReturn(okForContentType(JSON, "{\"login\":\"alice\"}")));

        TestContext.Result r = E2e.context(wm, dir).run("projects");

        assertOneErrorLine(r, 1);
        assertTrue(r.stderr().contains("expected a list of projects, got an object"), r::toString);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
