package dev.circleview.e2e;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.term.DisplayWidth;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.circleview.e2e.E2e.FIRST_PAGE;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.PROJECT_PATH;
import static dev.circleview.e2e.E2e.SLUG;
import static dev.circleview.e2e.E2e.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OSC 8 hyperlinks on build numbers and addresses: on a colour terminal only; never piped, with
 * {@code --no-hyperlinks}, {@code CIRCLE_VIEW_NO_HYPERLINKS} or {@code TERM=dumb}; and never
 * changing what fits in the width.
 */
class HyperlinksE2eTest {
    private static final Pattern LINK = Pattern.compile("\u001b]8;;([^\u001b]*)\u001b\\\\");
    private static final Pattern SGR = Pattern.compile("\u001b\\[[0-9;]*m");
    private static final String PAGE = "https://circleci.com/gh/acme/svc/";

    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    private void stubBuilds() {
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(okForContentType(JSON, fixture("builds-30.json"))));
    }

    private TestContext colourTerminal(int width) {
        return E2e.context(wm, dir).terminal(true, true, width).env("TERM", "xterm-256color");
    }

    /** The addresses linked in {@code text}, in order (the closing sequences, links to nothing, left out). */
    private static List<String> links(String text) {
        return LINK.matcher(text).results().map(m -> m.group(1)).filter(u -> !u.isEmpty()).toList();
    }

    private static String withoutLinks(String text) {
        return LINK.matcher(text).replaceAll("");
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 120})
    void onAColourTerminalEachNumberLinksToItsBuildAndTheTableStillFits(int width) {
        stubBuilds();

        TestContext.Result linked = colourTerminal(width).run("builds", "-p", SLUG);
        TestContext.Result unlinked = colourTerminal(width).run("builds", "-p", SLUG, "--no-hyperlinks");

        assertEquals(0, linked.exitCode(), linked::toString);
        List<String> lines = linked.stdoutLines();
        assertEquals(31, lines.size(), linked::toString);
        for (int i = 1; i < lines.size(); i++) {
            String number = Integer.toString(1231 - i);
            assertEquals(List.of(PAGE + number), links(lines.get(i)), lines.get(i));
            assertTrue(lines.get(i).contains("\u001b]8;;" + PAGE + number + "\u001b\\" + number + "\u001b]8;;\u001b\\"), lines.get(i));
        }
        for (String line : lines) {
            String visible = SGR.matcher(withoutLinks(line)).replaceAll("");
            assertTrue(DisplayWidth.of(visible) <= width, () -> "wider than " + width + ": " + visible);
            assertEquals(DisplayWidth.of(visible), DisplayWidth.of(line), "links and colour take no room: " + line);
        }
        assertEquals(unlinked.stdout(), withoutLinks(linked.stdout()), "links change nothing else");
        assertEquals(List.of(), links(unlinked.stdout()));
        assertTrue(unlinked.stdout().contains("\u001b["), "--no-hyperlinks keeps the colour");
    }

    @Test
    void neverPipedNorOnADumbTerminalNorWhenTheEnvironmentSaysNo() {
        stubBuilds();

        TestContext.Result piped = E2e.context(wm, dir).env("TERM", "xterm-256color").run("builds", "-p", SLUG);
        TestContext.Result forced = E2e.context(wm, dir).run("builds", "-p", SLUG, "--color", "always");
        TestContext.Result dumb = colourTerminal(120).env("TERM", "dumb").run("builds", "-p", SLUG);
        TestContext.Result off = colourTerminal(120).env("CIRCLE_VIEW_NO_HYPERLINKS", "1").run("builds", "-p", SLUG);
        TestContext.Result noColour = colourTerminal(120).run("builds", "-p", SLUG, "--color", "never");

        assertFalse(piped.stdout().contains("\u001b"), piped::toString);
        assertFalse(forced.stdout().contains("\u001b]"), "colour forced into a pipe, but no links: " + forced);
        for (TestContext.Result r : List.of(dumb, off, noColour)) {
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals(31, r.stdoutLines().size(), r::toString);
            assertFalse(r.stdout().contains("\u001b]"), r::toString);
        }
    }

    @Test
    void statusBuildAndTheBuildsAddressAreLinkedToo() {
        wm.stubFor(get(urlEqualTo(PROJECT_PATH + "?limit=5&offset=0"))
                .willReturn(okForContentType(JSON, E2e.builds(42, 1).replace("}]", ",\"build_url\":\"" + PAGE + "42\"}]"))));
        wm.stubFor(get(urlEqualTo(PROJECT_PATH + "/4810")).willReturn(okForContentType(JSON, fixture("build-4810-parallel.json"))));

        TestContext.Result status = colourTerminal(100).run("status", "--all-branches", "-p", SLUG);
        TestContext.Result build = colourTerminal(100).run("build", "4810", "-p", SLUG);
        TestContext.Result plain = colourTerminal(100).run("build", "4810", "-p", SLUG, "--no-hyperlinks");

        assertEquals(List.of(PAGE + "42"), links(status.stdout()), status::toString);
        assertTrue(status.stdout().contains("\u001b]8;;" + PAGE + "42\u001b\\#42\u001b]8;;\u001b\\"), status::toString);
        assertEquals(List.of(PAGE + "4810", PAGE + "4810"), links(build.stdout()), "the number and the address: " + build);
        assertEquals(plain.stdout(), withoutLinks(build.stdout()));
    }
}
