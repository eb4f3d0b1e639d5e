package dev.circleview.e2e;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
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
import static dev.circleview.e2e.E2e.PROJECT_PATH;
import static dev.circleview.e2e.E2e.SLUG;
import static dev.circleview.e2e.E2e.TOKEN;
import static dev.circleview.e2e.E2e.assertNoRequest;
import static dev.circleview.e2e.E2e.assertOneErrorLine;
import static dev.circleview.e2e.E2e.builds;
import static dev.circleview.e2e.E2e.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The config file applies to every way a command reaches CircleCI, not only to one project's: to
 * {@code builds} over several projects (its headers on each request made together, its limit for
 * each and in all), to {@code projects} and {@code builds --mine} (the token of its
 * {@code token_command}, or its headers standing for a token), and its colour decides hyperlinks as
 * {@code --color} does. The context has no {@code CIRCLE_VIEW_API_URL}: the target comes from the file.
 */
class ConfigConnectionsE2eTest {
    static final String BACKSTAGE_TOKEN = "eyJhbGciOiJIUzI1NiJ9.backstage-user";
    static final String COMMAND_TOKEN = "ccipat_from-the-token-command";
    static final String OTHER_PATH = "/api/v1.1/project/github/acme/web";
    private static final Pattern LINK = Pattern.compile("\u001b]8;;https://circleci.com/gh/acme/svc/\\d+\u001b\\\\");

    // one server per test: pages of several projects may still be in flight when a run ends
    @RegisterExtension
    WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    /**
     * A context with the config file {@code text} after a target of the server (mode 0600) named by
     * CIRCLE_VIEW_CONFIG, and no token; with a PATH for token_command, and so no pager (less would be
     * found on it) for the runs on a terminal.
     */
    private TestContext context(String text) {
        return new TestContext(dir)
                .env("CIRCLE_VIEW_CONFIG", E2e.config(dir, "target: " + E2e.apiUrl(wm) + "\n" + text, "rw-------").toString())
                .env("BACKSTAGE_TOKEN", BACKSTAGE_TOKEN)
                .env("PATH", "/usr/bin:/bin")
                .env("CIRCLE_VIEW_PAGER", "");
    }

    private void serve(String pathAndQuery, String body) {
        wm.stubFor(get(urlEqualTo(pathAndQuery)).willReturn(okForContentType(JSON, body)));
    }

    @Test
    void severalProjectsFetchedTogetherEachCarryTheHeadersAndTakeTheConfigsLimit() {
        serve(PROJECT_PATH + "?limit=7&offset=0", builds(100, 7));
        serve(OTHER_PATH + "?limit=7&offset=0", builds(50, 7));

        TestContext.Result r = context("limit: 7\nheaders:\n  Authorization: Bearer ${BACKSTAGE_TOKEN}\n  X-Team: platform\n")
                .run("builds", "-p", SLUG, "-p", "github/acme/web");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(7, r.stdoutLines().size(), "cut to the config's limit in all: " + r);
        for (String path : List.of(PROJECT_PATH, OTHER_PATH)) {
            wm.verify(1, getRequestedFor(urlEqualTo(path + "?limit=7&offset=0"))
                    .withHeader("Authorization", equalTo("Bearer " + BACKSTAGE_TOKEN))
                    .withHeader("X-Team", equalTo("platform"))
                    .withHeader("Circle-Token", absent()));
        }
        wm.verify(2, getRequestedFor(urlMatching(".*")));
    }

    @Test
    void theFlagsLimitStillWinsOverTheConfigsForSeveralProjects() {
        serve(PROJECT_PATH + "?limit=3&offset=0", builds(100, 3));
        serve(OTHER_PATH + "?limit=3&offset=0", builds(50, 3));

        TestContext.Result r = context("limit: 7\n").env("CIRCLECI_AUTH_TOKEN", TOKEN)
                .run("builds", "-p", SLUG, "-p", "github/acme/web", "-L", "3");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(3, r.stdoutLines().size(), r::toString);
        wm.verify(2, getRequestedFor(urlMatching(".*")).withHeader("Circle-Token", equalTo(TOKEN)));
    }

    @Test
    void mineAsksWhoTheTokenCommandsTokenBelongsTo() {
        serve(MineE2eTest.ME, "{\"login\":\"dev1\"}");
        serve(PROJECT_PATH + "?limit=100&offset=0", builds(10, 10));

        TestContext.Result r = context("token_command: echo " + COMMAND_TOKEN + "\n").run("builds", "-p", SLUG, "--mine", "-L", "2");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(List.of("10", "7"), r.stdoutLines().stream().map(l -> l.split("\t")[1]).toList(), r::toString);
        wm.verify(1, getRequestedFor(urlEqualTo(MineE2eTest.ME)).withHeader("Circle-Token", equalTo(COMMAND_TOKEN)));
        wm.verify(1, getRequestedFor(urlEqualTo(PROJECT_PATH + "?limit=100&offset=0")).withHeader("Circle-Token", equalTo(COMMAND_TOKEN)));
        wm.verify(2, getRequestedFor(urlMatching(".*")));
    }

    @Test
    void projectsSendsTheTokenCommandsToken() {
        serve(ProjectsE2eTest.PROJECTS, fixture("projects.json"));

        TestContext.Result r = context("token_command: echo " + COMMAND_TOKEN + "\n").run("projects");

        assertEquals(0, r.exitCode(), r::toString);
        assertFalse(r.stdoutLines().isEmpty(), r::toString);
        E2e.assertOnlyRequest(wm, ProjectsE2eTest.PROJECTS, COMMAND_TOKEN);
    }

    @Test
    void projectsThroughAProxyGoesWithTheHeadersAndNoToken() {
        serve(ProjectsE2eTest.PROJECTS, fixture("projects.json"));

        TestContext.Result r = context("headers:\n  Authorization: Bearer ${BACKSTAGE_TOKEN}\n").run("projects");

        assertEquals(0, r.exitCode(), r::toString);
        wm.verify(1, getRequestedFor(urlEqualTo(ProjectsE2eTest.PROJECTS))
                .withHeader("Authorization", equalTo("Bearer " + BACKSTAGE_TOKEN))
                .withHeader("Circle-Token", absent()));
        wm.verify(1, getRequestedFor(urlMatching(".*")));
    }

    @Test
    void withNeitherTokenNorHeadersProjectsAndMineSaySoAndSendNothing() {
        for (String[] args : List.of(new String[] {"projects"}, new String[] {"builds", "-p", SLUG, "--mine"})) {
            TestContext.Result r = context("limit: 5\n").run(args);

            assertOneErrorLine(r, 4);
            assertTrue(r.stderr().contains("needs to know who you are, which takes a token; set CIRCLECI_AUTH_TOKEN"), r::toString);
            assertTrue(r.stderr().contains("or a token_command in the config file"), r::toString);
        }
        assertNoRequest(wm);
    }

    @Test
    void theConfigsColourDecidesHyperlinksAsTheFlagDoes() {
        serve(FIRST_PAGE, fixture("builds-30.json"));

        // a terminal without colour of its own: color: always turns colour, and with it links, on
        TestContext.Result always = context("color: always\n").env("CIRCLECI_AUTH_TOKEN", TOKEN).env("TERM", "xterm-256color")
                .terminal(true, false, 120).run("builds", "-p", SLUG);
        TestContext.Result flag = context("").env("CIRCLECI_AUTH_TOKEN", TOKEN).env("TERM", "xterm-256color")
                .terminal(true, false, 120).run("builds", "-p", SLUG, "--color", "always");
        TestContext.Result unlinked = context("color: always\n").env("CIRCLECI_AUTH_TOKEN", TOKEN).env("TERM", "xterm-256color")
                .terminal(true, false, 120).run("builds", "-p", SLUG, "--no-hyperlinks");
        // a colour terminal: color: never turns colour, and with it links, off
        TestContext.Result never = context("color: never\n").env("CIRCLECI_AUTH_TOKEN", TOKEN).env("TERM", "xterm-256color")
                .terminal(true, true, 120).run("builds", "-p", SLUG);

        assertEquals(30, LINK.matcher(always.stdout()).results().count(), always::toString);
        assertEquals(flag.stdout(), always.stdout(), "the config's colour links as --color does");
        assertTrue(unlinked.stdout().contains("\u001b["), "--no-hyperlinks keeps the colour: " + unlinked);
        assertFalse(unlinked.stdout().contains("\u001b]"), unlinked::toString);
        assertFalse(never.stdout().contains("\u001b"), never::toString);
        assertEquals(31, never.stdoutLines().size(), never::toString);
    }
}
