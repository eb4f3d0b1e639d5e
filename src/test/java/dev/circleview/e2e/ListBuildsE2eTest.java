package dev.circleview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.core.Version;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import static dev.circleview.e2e.E2e.fixture;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code circle-view builds} against a real HTTP server: the happy paths and their exact requests. */
class ListBuildsE2eTest {
    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    private void stubFixture() {
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(okForContentType(JSON, fixture("builds-30.json"))));
    }

    private void verifyOneListRequest() {
        wm.verify(1, getRequestedFor(urlEqualTo(FIRST_PAGE))
                .withHeader("Circle-Token", equalTo(TOKEN))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("User-Agent", equalTo("circle-view/" + Version.current() + " (Java "
                        + Runtime.version().feature() + ")")));
        wm.verify(1, getRequestedFor(urlMatching(".*")));
        assertCleanRequests(wm);
    }

    @Test
    void pipedOutputIsOneTabSeparatedLinePerBuild() {
        stubFixture();

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", SLUG);

        assertAll(r.toString(),
                () -> assertEquals(0, r.exitCode()),
                () -> assertEquals(fixture("builds-30.tsv"), r.stdout()),
                () -> assertEquals("", r.stderr()),
                () -> assertFalse(r.stdout().contains("\u001b")));
        assertEquals(30, r.stdoutLines().size());
        for (String line : r.stdoutLines()) {
            assertEquals(10, line.split("\t", -1).length, line);
        }
        verifyOneListRequest();
    }

    @Test
    void terminalOutputIsATableWithAHeader() throws Exception {
        stubFixture();

        TestContext.Result r = E2e.context(wm, dir).terminal(true, false, 200).run("builds", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stderr());
        List<String> lines = r.stdoutLines();
        assertEquals(31, lines.size(), r::toString);
        String header = lines.get(0);
        assertTrue(Pattern.matches("STATUS +# +SUBJECT +JOB +WORKFLOW +BRANCH +COMMIT +AUTHOR +STARTED +DURATION", header), header);
        List<String> piped = E2e.fixture("builds-30.tsv").lines().toList();
        JsonNode json = new ObjectMapper().readTree(E2e.fixture("builds-30.json"));
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            String[] want = piped.get(i - 1).split("\t", -1);
            assertFalse(line.contains("\t"), line);
            assertFalse(line.contains("\u001b"), line);
            assertTrue(line.length() <= 200, line);
            // aligned: every cell starts where its title does
            // a build CircleCI did not run says why after its status ("- not_run: ci-skip")
            assertTrue(cell(header, line, "STATUS").replaceFirst(": [a-z-]+$", "").endsWith(" " + want[0]), line);
            assertEquals(want[1], cell(header, line, "#"), line);
            // the table's subject falls back to the workflow's name and marks a retry; piped, it is the commit subject alone
            JsonNode retryOf = json.get(i - 1).get("retry_of");
            String subject = (want[2].isEmpty() ? want[4] : want[2])
                    + (retryOf == null || retryOf.isNull() ? "" : (want[2].isEmpty() && want[4].isEmpty() ? "" : " ") + "(retry of #" + retryOf.asInt() + ")");
            assertEquals(subject, cell(header, line, "SUBJECT"), line);
            assertEquals(want[3], cell(header, line, "JOB"), line);
            assertEquals(want[4], cell(header, line, "WORKFLOW"), line);
            assertEquals(want[5], cell(header, line, "BRANCH"), line);
            assertEquals(want[6].substring(0, 7), cell(header, line, "COMMIT"), line);
            assertEquals(want[7], cell(header, line, "AUTHOR"), line);
            assertEquals(want[8].isEmpty(), cell(header, line, "STARTED").isEmpty(), line);
            assertEquals(want[9].isEmpty(), cell(header, line, "DURATION").isEmpty(), line);
        }
        assertEquals("✓ success", cell(header, lines.get(1), "STATUS"));
        assertEquals("✗ failed", cell(header, lines.get(3), "STATUS"));
        assertEquals("● running", cell(header, lines.get(6), "STATUS"));
        assertEquals("? on_hold", cell(header, lines.get(14), "STATUS"), "an unknown status keeps its word");
        assertEquals("19m ago", cell(header, lines.get(1), "STARTED"));
        assertEquals("30s", cell(header, lines.get(1), "DURATION"));
        assertEquals("2h ago", cell(header, lines.get(10), "STARTED"));
        assertEquals("1m 11s", cell(header, lines.get(10), "DURATION"));
        assertEquals("1h ago", cell(header, lines.get(6), "STARTED"));
        assertEquals("", cell(header, lines.get(6), "DURATION"), "a running build has no duration yet");
        verifyOneListRequest();
    }

    @Test
    void terminalOutputIsColouredOnlyWhenColourIsOn() {
        stubFixture();

        TestContext.Result plain = E2e.context(wm, dir).terminal(true, false, 200).run("builds", "-p", SLUG);
        TestContext.Result coloured = E2e.context(wm, dir).terminal(true, true, 200).run("builds", "-p", SLUG);
        TestContext.Result never = E2e.context(wm, dir).terminal(true, true, 200).run("builds", "-p", SLUG, "--color", "never");

        assertEquals(0, coloured.exitCode(), coloured::toString);
        assertTrue(coloured.stdout().contains("\u001b["), "no colour on a colour terminal");
        assertEquals(plain.stdout(), coloured.stdout().replaceAll("\u001b\\[[0-9;]*m", "").replaceAll("\u001b]8;;[^\u001b]*\u001b\\\\", ""));
        assertEquals(plain.stdout(), never.stdout());
    }

    @Test
    void narrowTerminalTruncatesToItsWidth() {
        stubFixture();

        TestContext.Result r = E2e.context(wm, dir).terminal(true, false, 60).run("builds", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(31, r.stdoutLines().size());
        for (String line : r.stdoutLines()) {
            assertTrue(line.codePointCount(0, line.length()) <= 60, line);
            assertFalse(line.contains("\u001b"), line);
        }
        assertTrue(r.stdoutLines().get(1).startsWith("✓ success "), r::toString);
        assertTrue(r.stdoutLines().get(1).contains(" 1230 "), r::toString);
        assertTrue(r.stdout().contains("…"), "long cells are cut with an ellipsis: " + r);
    }

    @Test
    void jsonIsAnArrayWithTheApiFieldNames() throws Exception {
        stubFixture();

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", SLUG, "--json");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stderr());
        assertFalse(r.stdout().contains("\u001b"), "raw escape in JSON output");
        assertTrue(r.stdout().endsWith("]\n"), r.stdout());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode out = mapper.readTree(r.stdout());
        JsonNode in = mapper.readTree(fixture("builds-30.json"));
        assertTrue(out.isArray());
        assertEquals(30, out.size());
        assertEquals(List.of("build_num", "status", "lifecycle", "outcome", "subject", "retry_of", "job_name", "workflows",
                "branch", "vcs_tag", "vcs_revision", "username", "reponame", "vcs_type", "build_url", "user", "author_name",
                "committer_name", "why", "queued_at", "start_time", "stop_time", "build_time_millis", "parallel", "platform", "dont_build", "messages"),
                names(out.get(0)));
        for (String line : r.stdoutLines()) {
            assertTrue(line.matches("(  )*[^ \t].*"), "indented by two spaces a level: " + line);
        }
        assertEquals(List.of("workflow_id", "workflow_name", "job_name", "job_id"), names(out.get(0).get("workflows")));
        assertEquals(List.of("login", "name", "is_user", "avatar_url"), names(out.get(0).get("user")));
        for (int i = 0; i < 30; i++) {
            JsonNode o = out.get(i);
            JsonNode e = in.get(i);
            for (String field : List.of("build_num", "status", "lifecycle", "outcome", "subject", "retry_of", "job_name",
                    "branch", "vcs_tag", "vcs_revision", "username", "reponame", "build_url", "author_name",
                    "committer_name", "why", "queued_at", "start_time", "stop_time", "build_time_millis", "parallel")) {
                assertEquals(e.path(field).isMissingNode() ? mapper.nullNode() : e.get(field), o.get(field),
                        "build " + i + " field " + field);
            }
            if (e.get("workflows").isNull()) {
                assertTrue(o.get("workflows").isNull(), "build " + i + " workflows");
            } else {
                for (String field : List.of("workflow_id", "workflow_name", "job_name", "job_id")) {
                    assertEquals(e.get("workflows").get(field), o.get("workflows").get(field), "build " + i + " workflows." + field);
                }
            }
            assertEquals(e.get("user").get("login"), o.get("user").get("login"), "build " + i + " user.login");
            assertEquals(e.get("user").get("is_user"), o.get("user").get("is_user"), "build " + i + " user.is_user");
            assertTrue(o.path("picard").isMissingNode(), "unknown fields are not passed through");
        }
        // the subject keeps its raw text in JSON: escaping is JSON's job, not the renderer's
        assertEquals("Colour \u001b[31mred\u001b[0m\ttab\r\nnew line", out.get(9).get("subject").asText());
        verifyOneListRequest();
    }

    @Test
    void noBuildsPrintsNothingOnStdoutAndSaysSoOnStderr() {
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(okForContentType(JSON, "[]")));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", SLUG);

        assertAll(r.toString(),
                () -> assertEquals(0, r.exitCode()),
                () -> assertEquals("", r.stdout()),
                () -> assertEquals("No builds found for github/acme/svc\n", r.stderr()));
        verifyOneListRequest();
    }

    @Test
    void noBuildsAsJsonIsAnEmptyArray() throws Exception {
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(okForContentType(JSON, "[]")));

        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", SLUG, "--json");

        assertEquals(0, r.exitCode(), r::toString);
        JsonNode out = new ObjectMapper().readTree(r.stdout());
        assertTrue(out.isArray() && out.isEmpty(), r::toString);
        assertTrue(r.stdout().endsWith("\n"));
        assertEquals("No builds found for github/acme/svc\n", r.stderr());
    }

    @Test
    void debugShowsTheRequestButNeverTheToken() {
        stubFixture();

        TestContext.Result after = E2e.context(wm, dir).run("builds", "-p", SLUG, "--debug");
        TestContext.Result before = E2e.context(wm, dir).run("--debug", "builds", "-p", SLUG);

        for (TestContext.Result r : List.of(after, before)) {
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals(fixture("builds-30.tsv"), r.stdout());
            assertTrue(r.stderr().contains("GET " + E2e.apiUrl(wm) + "/project/github/acme/svc?limit=30&offset=0"), r::toString);
            assertTrue(r.stderr().contains("Circle-Token: ***"), r::toString);
            assertTrue(r.stderr().contains("< 200 "), r::toString);
            assertFalse(r.stderr().contains(TOKEN), r::toString);
        }
        assertCleanRequests(wm);
    }

    @Test
    void withoutATokenNoTokenHeaderIsSent() {
        stubFixture();

        TestContext.Result r = E2e.context(wm, dir).env("CIRCLECI_AUTH_TOKEN", null).run("builds", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(fixture("builds-30.tsv"), r.stdout());
        wm.verify(1, getRequestedFor(urlEqualTo(FIRST_PAGE)).withHeader("Circle-Token", absent())
                .withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void apiUrlFlagWinsOverTheEnvironment() {
        stubFixture();

        TestContext.Result r = E2e.context(wm, dir).env("CIRCLE_VIEW_API_URL", "https://circleci.invalid/api/v1.1")
                .run("builds", "-p", SLUG, "--api-url", E2e.apiUrl(wm) + "/");

        assertEquals(0, r.exitCode(), r::toString);
        verifyOneListRequest();
    }

    @Test
    void projectFromTheCatalogFileInTheWorkingFolder() throws Exception {
        Files.writeString(dir.resolve("catalog-info.yaml"), E2e.catalog(SLUG));
        stubFixture();

        TestContext.Result r = E2e.context(wm, dir).run("builds");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(fixture("builds-30.tsv"), r.stdout());
        assertEquals("", r.stderr());
        verifyOneListRequest();
    }

    @Test
    void projectFromTheCatalogFileAtTheRootOfAGitCheckout() throws Exception {
        Path repo = dir.resolve("svc");
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/config"), "[remote \"origin\"]\n\turl = git@github.com:acme/other.git\n");
        Files.writeString(repo.resolve("catalog-info.yaml"), E2e.catalog("gh/acme/svc"));
        Path deep = Files.createDirectories(repo.resolve("src/main/java"));
        stubFixture();

        TestContext.Result r = new TestContext(deep)
                .env("CIRCLE_VIEW_API_URL", E2e.apiUrl(wm)).env("CIRCLECI_AUTH_TOKEN", TOKEN)
                .run("builds");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(fixture("builds-30.tsv"), r.stdout());
        assertEquals("", r.stderr());
        verifyOneListRequest();
    }

    @Test
    void twoAnnotatedEntitiesUseTheComponentAndSaySo() throws Exception {
        Path file = dir.resolve("catalog-info.yaml");
        Files.writeString(file, "apiVersion: backstage.io/v1alpha1\n"
                + "kind: System\n"
                + "metadata:\n"
                + "  name: platform\n"
                + "  annotations:\n"
                + "    circleci.com/project-slug: github/acme/platform\n"
                + "---\n"
                + E2e.catalog(SLUG));
        stubFixture();

        TestContext.Result r = E2e.context(wm, dir).run("builds");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(fixture("builds-30.tsv"), r.stdout());
        assertEquals(1, r.stderrLines().size(), r::toString);
        String note = r.stderrLines().get(0);
        assertTrue(note.startsWith("circle-view: using entity \"svc\" (github/acme/svc) from " + file), note);
        assertTrue(note.contains(" platform"), note);
        assertTrue(note.contains("--entity"), note);
        verifyOneListRequest();

        // --entity picks the other one, silently
        wm.resetRequests();
        wm.stubFor(get(urlEqualTo("/api/v1.1/project/github/acme/platform?limit=30&offset=0"))
                .willReturn(okForContentType(JSON, "[]")));
        TestContext.Result other = E2e.context(wm, dir).run("builds", "--entity", "platform");
        assertEquals(0, other.exitCode(), other::toString);
        assertEquals("No builds found for github/acme/platform\n", other.stderr());
    }

    @Test
    void projectFromTheEnvironmentWinsOverTheCatalog() throws Exception {
        Files.writeString(dir.resolve("catalog-info.yaml"), E2e.catalog("github/acme/from-file"));
        stubFixture();

        TestContext.Result r = E2e.context(wm, dir).env("CIRCLE_VIEW_PROJECT", SLUG).run("builds");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(fixture("builds-30.tsv"), r.stdout());
        verifyOneListRequest();
    }

    @Test
    void projectFlagWinsOverTheEnvironmentAndTheCatalog() throws Exception {
        Files.writeString(dir.resolve("catalog-info.yaml"), E2e.catalog("github/acme/from-file"));
        stubFixture();

        TestContext.Result r = E2e.context(wm, dir).env("CIRCLE_VIEW_PROJECT", "github/acme/from-env")
                .run("builds", "--project", "gh/acme/svc");

        assertEquals(0, r.exitCode(), r::toString);
        verifyOneListRequest();
    }

    /** The text of a table cell: from where its title starts to where the next title starts, trimmed. */
    private static String cell(String header, String line, String title) {
        int start = (" " + header + " ").indexOf(" " + title + " ");
        int next = header.indexOf(' ', start + title.length());
        while (next >= 0 && next < header.length() && header.charAt(next) == ' ') {
            next++;
        }
        int end = next < 0 || next >= header.length() ? line.length() : Math.min(next, line.length());
        return start >= line.length() ? "" : line.substring(start, end).strip();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
