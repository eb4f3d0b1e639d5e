package dev.circleview.e2e;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.PROJECT_PATH;
import static dev.circleview.e2e.E2e.SLUG;
import static dev.circleview.e2e.E2e.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A build CircleCI did not run (a real answer: status not_run, dont_build, messages) says why, wherever it is shown. */
class NotRunE2eTest {
    private static final String REASON = "the commit asked to skip CI (ci-skip); Build skipped: the commit message contains [ci skip].";

    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    @Test
    void buildSaysWhyItDidNotRun() {
        wm.stubFor(get(urlEqualTo(PROJECT_PATH + "/4815")).willReturn(okForContentType(JSON, fixture("build-not-run.json"))));

        TestContext.Result terminal = E2e.context(wm, dir).terminal(true, false, 160).run("build", "4815", "-p", SLUG);
        TestContext.Result piped = E2e.context(wm, dir).run("build", "4815", "-p", SLUG);

        assertTrue(terminal.stdout().contains("Not run   " + REASON), terminal::toString);
        assertTrue(terminal.stdout().contains("No steps recorded."), terminal::toString);
        assertTrue(piped.stdout().contains("not_run_reason\t" + REASON + "\n"), piped::toString);
    }

    @Test
    void theTablesStatusCellHintsIt() {
        wm.stubFor(get(urlEqualTo(E2e.FIRST_PAGE)).willReturn(okForContentType(JSON, "[" + fixture("build-not-run.json") + "]")));

        TestContext.Result r = E2e.context(wm, dir).terminal(true, false, 160).run("builds", "-p", SLUG);

        assertTrue(r.stdoutLines().get(1).startsWith("- not_run: ci-skip  4815"), r::toString);
    }

    @Test
    void retryingItSaysWhatHappenedWithoutATickThatReadsAsPassed() {
        wm.stubFor(post(urlEqualTo(PROJECT_PATH + "/4815/retry")).willReturn(okForContentType(JSON, fixture("build-not-run.json")
                .replace("\"build_num\" : 4815", "\"build_num\" : 4816"))));

        TestContext.Result r = E2e.context(wm, dir).terminal(true, false, 160).run("retry", "4815", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        assertFalse(r.stdout().contains("✓"), r::toString);
        assertTrue(r.stdoutLines().get(0).startsWith("Retried #4815 as #4816"), r::toString);
        assertTrue(r.stdout().contains("CircleCI did not run it: " + REASON), r::toString);
    }
}
