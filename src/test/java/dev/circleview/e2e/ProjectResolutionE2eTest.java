package dev.circleview.e2e;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.circleview.e2e.E2e.assertOneErrorLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finding the project, and failing before any request when it cannot be found or is malformed. */
class ProjectResolutionE2eTest {
    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    @Test
    void catalogFileMayEndInYml() throws Exception {
        Files.writeString(dir.resolve("catalog-info.yml"), E2e.catalog("bb/acme/svc"));
        wm.stubFor(get(urlEqualTo("/api/v1.1/project/bitbucket/acme/svc?limit=30&offset=0"))
                .willReturn(okForContentType(E2e.JSON, "[]")));

        TestContext.Result r = E2e.context(wm, dir).run("builds");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("No builds found for bitbucket/acme/svc\n", r.stderr());
    }

    @Test
    void catalogFlagNamesTheFile() throws Exception {
        Path other = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(other.resolve("service.yaml"), E2e.catalog("circleci/8e3c6a2b-1f4d-4c9a-9e1b-2d3c4b5a6f70/"
                + "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"));
        wm.stubFor(get(urlEqualTo("/api/v1.1/project/circleci/8e3c6a2b-1f4d-4c9a-9e1b-2d3c4b5a6f70/"
                + "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d?limit=30&offset=0")).willReturn(okForContentType(E2e.JSON, "[]")));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "--catalog", "elsewhere/service.yaml");

        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stderr().startsWith("No builds found for circleci/8e3c6a2b-"), r::toString);
    }

    @Test
    void missingCatalogFlagFileIsNotConfigured() {
        TestContext.Result r = E2e.context(wm, dir).run("builds", "--catalog", "nope.yaml");

        assertOneErrorLine(r, 3);
        E2e.assertNoRequest(wm);
    }

    @Test
    void catalogWithoutTheAnnotationShowsTheEmptyState() throws Exception {
        Path file = dir.resolve("catalog-info.yaml");
        Files.writeString(file, E2e.catalog(null));

        TestContext.Result r = E2e.context(wm, dir).run("builds");

        assertEquals(3, r.exitCode(), r::toString);
        assertEquals("", r.stdout());
        assertEquals("No CI/CD available for this entity", r.stderrLines().get(0), r::toString);
        assertTrue(r.stderr().contains("\n      circleci.com/project-slug: github/ORG/REPO\n"), r::toString);
        assertTrue(r.stderr().contains(file.toString()), r::toString);
        assertFalse(r.stderr().contains("\u001b"), r::toString);
        E2e.assertNoStackTrace(r.stderr());
        E2e.assertNoRequest(wm);
    }

    @Test
    void emptyStateSuggestsTheSlugOfTheGitRemote() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/config"), "[core]\n\tbare = false\n"
                + "[remote \"origin\"]\n\turl = https://github.com/acme/svc.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n");
        Files.writeString(dir.resolve("catalog-info.yaml"), E2e.catalog(null));
        Path sub = Files.createDirectories(dir.resolve("docs"));

        TestContext.Result r = new TestContext(sub).env("CIRCLE_VIEW_API_URL", E2e.apiUrl(wm)).run("builds");

        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("\n      circleci.com/project-slug: github/acme/svc\n"), r::toString);
        assertTrue(r.stderr().contains("circle-view builds --project github/acme/svc"), r::toString);
        E2e.assertNoRequest(wm);
    }

    @Test
    void emptyStateHonoursColorNever() throws Exception {
        Files.writeString(dir.resolve("catalog-info.yaml"), E2e.catalog(null));

        TestContext.Result coloured = E2e.context(wm, dir).terminal(true, true, 100).run("builds");
        TestContext.Result never = E2e.context(wm, dir).terminal(true, true, 100).run("builds", "--color", "never");

        assertEquals(3, coloured.exitCode(), coloured::toString);
        assertTrue(coloured.stderr().contains("\u001b["), coloured::toString);
        assertEquals(3, never.exitCode(), never::toString);
        assertFalse(never.stderr().contains("\u001b"), never::toString);
        assertEquals(coloured.stderr().replaceAll("\u001b\\[[0-9;]*m", ""), never.stderr());
        E2e.assertNoRequest(wm);
    }

    @Test
    void blankAnnotationIsTheEmptyStateToo() throws Exception {
        Files.writeString(dir.resolve("catalog-info.yaml"), E2e.catalog("\"\""));

        TestContext.Result r = E2e.context(wm, dir).run("builds");

        assertEquals(3, r.exitCode(), r::toString);
        assertEquals("No CI/CD available for this entity", r.stderrLines().get(0), r::toString);
        E2e.assertNoRequest(wm);
    }

    @Test
    void noCatalogFileIsNotConfigured() throws Exception {
        Files.createDirectories(dir.resolve(".git"));

        TestContext.Result r = E2e.context(wm, dir).run("builds");

        assertOneErrorLine(r, 3);
        assertTrue(r.stderr().startsWith("circle-view: no catalog-info.yaml found in " + dir), r::toString);
        assertTrue(r.stderr().contains("--project"), r::toString);
        E2e.assertNoRequest(wm);
    }

    @ParameterizedTest
    @ValueSource(strings = {"github/acme", "gitlab/acme/svc", "github/acme/svc/extra", "github/../svc", "github/acme/sv c",
            "github/acme/svc?x=1", "github//svc", ""})
    void badSlugFromTheFlagIsAUsageError(String slug) {
        TestContext.Result r = E2e.context(wm, dir).run("builds", "--project", slug);

        assertOneErrorLine(r, 2);
        assertTrue(r.stderr().startsWith("circle-view: invalid project slug \""), r::toString);
        assertTrue(r.stderr().contains("from --project"), r::toString);
        E2e.assertNoRequest(wm);
    }

    @Test
    void badSlugFromTheEnvironmentIsAUsageError() {
        TestContext.Result r = E2e.context(wm, dir).env("CIRCLE_VIEW_PROJECT", "acme/svc").run("builds");

        assertOneErrorLine(r, 2);
        assertTrue(r.stderr().contains("from CIRCLE_VIEW_PROJECT"), r::toString);
        E2e.assertNoRequest(wm);
    }

    @Test
    void badSlugFromTheCatalogFileIsAUsageErrorNamingTheFile() throws Exception {
        Path file = dir.resolve("catalog-info.yaml");
        Files.writeString(file, E2e.catalog("acme/svc"));

        TestContext.Result r = E2e.context(wm, dir).run("builds");

        assertOneErrorLine(r, 2);
        assertTrue(r.stderr().startsWith("circle-view: invalid project slug \"acme/svc\" from " + file), r::toString);
        assertTrue(r.stderr().contains("github/ORG/REPO"), r::toString);
        E2e.assertNoRequest(wm);
    }

    @Test
    void slugWithAnEscapeSequenceIsShownEscaped() throws Exception {
        Files.writeString(dir.resolve("catalog-info.yaml"), E2e.catalog("\"github/acme/\\e[31msvc\""));

        TestContext.Result r = E2e.context(wm, dir).run("builds");

        assertOneErrorLine(r, 2);
        assertTrue(r.stderr().contains("\\u001b[31msvc"), r::toString);
        E2e.assertNoRequest(wm);
    }

    @Test
    void brokenCatalogFileIsNotConfiguredWithItsPosition() throws Exception {
        Path file = dir.resolve("catalog-info.yaml");
        Files.writeString(file, "metadata:\n  name: svc\n  annotations: [unclosed\n");

        TestContext.Result r = E2e.context(wm, dir).run("builds");

        assertOneErrorLine(r, 3);
        assertTrue(r.stderr().startsWith("circle-view: " + file + ":"), r::toString);
        E2e.assertNoRequest(wm);
    }
}
