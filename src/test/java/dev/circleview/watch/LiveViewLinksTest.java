package dev.circleview.watch;

import dev.circleview.testing.Rendered;

import dev.circleview.testing.Fixtures;
import dev.circleview.api.model.Build;
import dev.circleview.api.model.BuildDetail;
import dev.circleview.term.DisplayWidth;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.circleview.testing.TestBuild.build;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live views of {@code watch}: with links on, build numbers link to their pages and nothing moves. */
class LiveViewLinksTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final String CLOSE = "\u001b]8;;\u001b\\";

    private static String link(String url, String text) {
        return "\u001b]8;;" + url + "\u001b\\" + text + CLOSE;
    }

    @Test
    void theWatchedBuildsNumberLinksToItsPage() {
        BuildDetail running = Fixtures.buildDetail("build-4811-running");
        for (int width : new int[] {40, 80, 120}) {
            List<String> plain = WatchView.frame(running, NOW, NOW, width, true, false);
            List<String> linked = WatchView.frame(running, NOW, NOW, width, true, true);
            assertTrue(linked.get(0).contains(link("https://circleci.com/gh/acme/svc/4811", "#4811")), linked::toString);
            assertEquals(plain, linked.stream().map(l -> Rendered.OSC8.matcher(l).replaceAll("")).toList());
            for (int i = 0; i < plain.size(); i++) {
                assertEquals(DisplayWidth.of(plain.get(i)), DisplayWidth.of(linked.get(i)), linked.get(i));
            }
        }
        assertFalse(String.join("\n", WatchView.frame(running, NOW, NOW, 80, false, false)).contains("\u001b"));
    }

    @Test
    void eachJobsNumberLinksToItsOwnPage() {
        List<Build> jobs = List.of(
                build(41, "success").workflow("ci", "build").url("https://circleci.com/gh/acme/svc/41").millis(45_000L).get(),
                build(42, "running").workflow("ci", "test").url("https://circleci.com/gh/acme/svc/42").start("2026-11-28T11:59:00Z").get(),
                build(43, "queued").workflow("ci", "deploy").url("javascript:alert(1)").get());
        List<String> plain = WorkflowView.frame("ci", jobs, NOW, NOW, 60, true, false);
        List<String> linked = WorkflowView.frame("ci", jobs, NOW, NOW, 60, true, true);

        assertTrue(linked.get(1).contains(link("https://circleci.com/gh/acme/svc/41", "#41")), linked::toString);
        assertTrue(linked.get(2).contains(link("https://circleci.com/gh/acme/svc/42", "#42")), linked::toString);
        assertEquals(plain.get(3), linked.get(3), "an address that is not http(s) is not linked");
        assertEquals(plain, linked.stream().map(l -> Rendered.OSC8.matcher(l).replaceAll("")).toList());
        for (String line : linked) {
            assertTrue(DisplayWidth.of(line) <= 60, line);
        }
    }
}
