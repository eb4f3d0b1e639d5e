package dev.circleview.e2e;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.core.Version;
import dev.circleview.testing.TestContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.circleview.e2e.E2e.SLUG;
import static dev.circleview.e2e.E2e.assertNoStackTrace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Flags, version and help: parsed without a token, a catalog file or a request. */
class CommandLineE2eTest {
    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    @Test
    void unknownFlagIsAUsageError() {
        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", SLUG, "--bogus");

        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.stdout());
        assertEquals(List.of("circle-view: Unknown option: '--bogus'; see 'circle-view builds --help'"), r.stderrLines(),
                r::toString);
        assertNoStackTrace(r.stderr());
        E2e.assertNoRequest(wm);
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        TestContext.Result r = E2e.context(wm, dir).run("biulds");

        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("", r.stdout());
        assertEquals(List.of("circle-view: Unmatched argument at index 0: 'biulds'; did you mean builds or build? (see 'circle-view --help')"),
                r.stderrLines(), r::toString);
        E2e.assertNoRequest(wm);
    }

    @Test
    void badNumberIsAUsageError() {
        TestContext.Result r = E2e.context(wm, dir).run("builds", "-p", SLUG, "--limit", "ten");

        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.stderr().startsWith("circle-view: Invalid value for option '--limit': 'ten' is not an int"), r::toString);
        E2e.assertNoRequest(wm);
    }

    @Test
    void badApiUrlIsAUsageError() {
        TestContext.Result plain = E2e.context(wm, dir).run("builds", "-p", SLUG, "--api-url", "http://circleci.example/api/v1.1");
        TestContext.Result ftp = E2e.context(wm, dir).run("builds", "-p", SLUG, "--api-url", "ftp://circleci.example/");

        E2e.assertOneErrorLine(plain, 2);
        assertTrue(plain.stderr().contains("refusing to send requests over plain http"), plain::toString);
        E2e.assertOneErrorLine(ftp, 2);
        E2e.assertNoRequest(wm);
    }

    @Test
    void outOfRangeTimeoutAndRetriesAreUsageErrors() {
        TestContext.Result timeout = E2e.context(wm, dir).run("builds", "-p", SLUG, "--timeout", "0");
        TestContext.Result retries = E2e.context(wm, dir).run("builds", "-p", SLUG, "--retries", "11");
        TestContext.Result offset = E2e.context(wm, dir).run("builds", "-p", SLUG, "--offset", "-1");

        E2e.assertOneErrorLine(timeout, 2);
        assertTrue(timeout.stderr().startsWith("circle-view: --timeout must be at least 1 second"), timeout::toString);
        E2e.assertOneErrorLine(retries, 2);
        E2e.assertOneErrorLine(offset, 2);
        E2e.assertNoRequest(wm);
    }

    @Test
    void tokenThatCannotBeAHeaderIsNotConfiguredAndNotEchoed() {
        String bad = "abc\u001b[31mdef";
        TestContext.Result r = E2e.context(wm, dir).env("CIRCLECI_AUTH_TOKEN", bad).run("builds", "-p", SLUG);

        assertEquals(3, r.exitCode(), r::toString);
        assertFalse(r.stderr().contains("abc"), r::toString);
        assertFalse(r.stderr().contains("\u001b"), r::toString);
        E2e.assertNoRequest(wm);
    }

    @Test
    void versionPrintsTheName() {
        TestContext.Result r = new TestContext(dir).run("--version");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("circle-view " + Version.current() + "\n", r.stdout());
        assertTrue(Version.current().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), Version.current());
        assertEquals("", r.stderr());
    }

    @Test
    void helpBuildsPrintsTheBuildsHelp() {
        TestContext.Result help = new TestContext(dir).run("help", "builds");
        TestContext.Result flag = new TestContext(dir).run("builds", "--help");

        assertEquals(0, help.exitCode(), help::toString);
        assertTrue(help.stdout().startsWith("Usage: circle-view builds "), help::toString);
        for (String option : new String[] {"--limit", "--branch", "--status", "--json", "--project", "--timeout", "--debug"}) {
            assertTrue(help.stdout().contains(option), "help lacks " + option);
        }
        assertTrue(help.stdout().contains("Examples:"), help::toString);
        assertEquals("", help.stderr());
        assertFalse(help.stdout().contains("\u001b"), "escape codes in piped help");
        assertEquals(help.stdout(), flag.stdout());
        assertEquals(0, flag.exitCode());
    }

    @Test
    void helpAlonePrintsTheMainUsageAndHelpOfAnUnknownCommandIsAUsageError() {
        TestContext.Result help = new TestContext(dir).run("help");
        TestContext.Result flag = new TestContext(dir).run("--help");
        TestContext.Result unknown = new TestContext(dir).run("help", "biulds");

        assertEquals(0, help.exitCode(), help::toString);
        assertEquals(flag.stdout(), help.stdout());
        assertTrue(help.stdout().startsWith("Usage: circle-view "), help::toString);
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertEquals("", unknown.stdout());
        assertEquals("circle-view: Unknown subcommand 'biulds'; see 'circle-view --help'\n", unknown.stderr());
    }

    @Test
    void noArgumentsPrintsTheUsage() {
        TestContext.Result r = new TestContext(dir).run();

        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().startsWith("Usage: circle-view "), r::toString);
        assertTrue(r.stdout().contains("builds"), r::toString);
        assertTrue(r.stdout().contains("Exit codes:"), r::toString);
    }
}
