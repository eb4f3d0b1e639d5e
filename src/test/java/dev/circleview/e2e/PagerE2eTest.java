package dev.circleview.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.circleview.e2e.E2e.FIRST_PAGE;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.PROJECT_PATH;
import static dev.circleview.e2e.E2e.SLUG;
import static dev.circleview.e2e.E2e.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Long output through a pager, in whole commands: the pagers are shell commands that keep what they
 * read in a file. A terminal here is the test's stand-in ({@code TestContext.terminal}); the pager
 * itself is a real process. {@code it/TerminalIT} runs the same on a real terminal.
 */
class PagerE2eTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String BUILD = PROJECT_PATH + "/123";

    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    /** Build #123 with two steps whose logs are {@code first} and {@code second}. */
    private static void stubBuildWithLogs(String first, String second) {
        ObjectNode b = MAPPER.createObjectNode().put("build_num", 123).put("status", "failed").put("lifecycle", "finished")
                .put("build_url", "https://circleci.com/gh/acme/svc/123");
        ArrayNode steps = b.putArray("steps");
        String[][] logs = {{"Checkout", first}, {"Run tests", second}};
        for (int i = 0; i < logs.length; i++) {
            steps.addObject().put("name", logs[i][0]).putArray("actions").addObject().put("name", logs[i][0]).put("step", i)
                    .put("index", 0).put("status", "success").put("has_output", true)
                    .put("output_url", "http://127.0.0.1:" + wm.getPort() + "/output/" + i);
            ArrayNode body = MAPPER.createArrayNode();
            body.addObject().put("type", "out").put("message", logs[i][1]);
            wm.stubFor(get(urlPathEqualTo("/output/" + i)).willReturn(okForContentType("application/json", body.toString())));
        }
        wm.stubFor(get(urlEqualTo(BUILD)).willReturn(okForContentType(JSON, b.toString())));
    }

    /** A terminal whose shell finds its programs, with no pager chosen yet. */
    private TestContext terminal() {
        return E2e.context(wm, dir).terminal(true, false, 100).env("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    }

    /** A pager that keeps what it reads in {@code name}. */
    private String keepIn(String name) {
        return "cat > '" + dir.resolve(name) + "'";
    }

    private String kept(String name) throws IOException {
        return Files.readString(dir.resolve(name));
    }

    @Test
    void buildLogOnATerminalGoesThroughThePager() throws IOException {
        stubBuildWithLogs("cloned\n", "all green\n");

        TestContext.Result r = terminal().env("CIRCLE_VIEW_PAGER", keepIn("paged")).run("build", "123", "-p", SLUG, "--log");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stdout(), "nothing straight to the terminal");
        assertEquals("", r.stderr());
        assertEquals("==> Checkout (success)\ncloned\n==> Run tests (success)\nall green\n", kept("paged"));
    }

    @Test
    void pipedTheSameOutputGoesStraightOutAndNoPagerRuns() {
        stubBuildWithLogs("cloned\n", "all green\n");

        TestContext.Result r = E2e.context(wm, dir).env("PATH", System.getenv("PATH"))
                .env("CIRCLE_VIEW_PAGER", keepIn("paged")).run("build", "123", "-p", SLUG, "--log");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("==> Checkout (success)\ncloned\n==> Run tests (success)\nall green\n", r.stdout());
        assertFalse(Files.exists(dir.resolve("paged")), "no pager into a pipe");
    }

    @Test
    void noPagerPrintsStraightToTheTerminal() {
        stubBuildWithLogs("cloned\n", "all green\n");

        TestContext.Result r = terminal().env("CIRCLE_VIEW_PAGER", keepIn("paged")).run("build", "123", "-p", SLUG, "--log", "--no-pager");

        assertTrue(r.stdout().contains("all green"), r::toString);
        assertFalse(Files.exists(dir.resolve("paged")));
    }

    @Test
    void circleViewPagerComesBeforePagerAndAnEmptyOneTurnsPagingOff() throws IOException {
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(okForContentType(JSON, fixture("builds-30.json"))));

        TestContext.Result both = terminal().env("CIRCLE_VIEW_PAGER", keepIn("ours")).env("PAGER", keepIn("theirs"))
                .run("builds", "-p", SLUG);
        TestContext.Result pager = terminal().env("PAGER", keepIn("pager")).run("builds", "-p", SLUG);
        TestContext.Result empty = terminal().env("CIRCLE_VIEW_PAGER", "").env("PAGER", keepIn("unused")).run("builds", "-p", SLUG);
        TestContext.Result cat = terminal().env("PAGER", "cat").run("builds", "-p", SLUG);

        assertEquals(31, kept("ours").split("\n").length, both::toString);
        assertTrue(kept("ours").startsWith("STATUS"), "the terminal's layout, in the pager");
        assertFalse(Files.exists(dir.resolve("theirs")));
        assertEquals(kept("ours"), kept("pager"), "PAGER when CIRCLE_VIEW_PAGER is not set");
        assertEquals(kept("ours"), empty.stdout(), "CIRCLE_VIEW_PAGER= means none, whatever PAGER says");
        assertFalse(Files.exists(dir.resolve("unused")));
        assertEquals(kept("ours"), cat.stdout(), "cat means none");
        assertEquals("", both.stdout() + pager.stdout());
    }

    @Test
    void coloursStayOnThroughThePager() throws IOException {
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(okForContentType(JSON, fixture("builds-30.json"))));

        E2e.context(wm, dir).terminal(true, true, 100).env("PATH", System.getenv("PATH")).env("PAGER", keepIn("paged"))
                .run("builds", "-p", SLUG);

        assertTrue(kept("paged").contains("\u001b[1mSTATUS"), "styled as for the terminal");
    }

    @Test
    void anErrorBeforeAnyOutputStartsNoPager() {
        wm.stubFor(get(urlEqualTo(BUILD)).willReturn(aResponse().withStatus(404).withHeader("Content-Type", JSON)
                .withBody("{\"message\":\"Build not found\"}")));

        TestContext.Result r = terminal().env("CIRCLE_VIEW_PAGER", keepIn("paged")).run("build", "123", "-p", SLUG, "--log");

        assertEquals(5, r.exitCode(), r::toString);
        E2e.assertOneErrorLine(r, 5);
        assertFalse(Files.exists(dir.resolve("paged")));
    }

    @Test
    void aPagerQuitEarlyEndsTheRunQuietlyWithExit0() {
        // a log far bigger than a pipe holds, and a pager that reads none of it
        stubBuildWithLogs("line of a long log\n".repeat(20_000), "never shown\n");

        TestContext.Result r = terminal().env("CIRCLE_VIEW_PAGER", "true").run("build", "123", "-p", SLUG, "--log", "--exit-status");

        assertEquals(0, r.exitCode(), () -> "the reader's choice, not the build's failure: " + r);
        assertEquals("", r.stderr(), r::toString);
        assertEquals("", r.stdout());
    }

    @Test
    void aPagerThatCannotStartIsOneWarningThenTheOutput() {
        stubBuildWithLogs("cloned\n", "all green\n");

        TestContext.Result r = terminal().env("PAGER", "no-such-pager-here").run("build", "123", "-p", SLUG, "--log");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(1, r.stderrLines().size(), r::toString);
        assertTrue(r.stderr().startsWith("circle-view: cannot start the pager \"no-such-pager-here\""), r::toString);
        assertTrue(r.stdout().endsWith("all green\n"), r::toString);
    }
}
