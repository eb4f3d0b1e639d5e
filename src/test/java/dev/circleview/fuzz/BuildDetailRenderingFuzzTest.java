package dev.circleview.fuzz;

import dev.circleview.api.model.Action;
import dev.circleview.api.model.Build;
import dev.circleview.api.model.BuildDetail;
import dev.circleview.api.model.Message;
import dev.circleview.api.model.Json;
import dev.circleview.api.model.Step;
import dev.circleview.api.model.User;
import dev.circleview.api.model.Workflows;
import dev.circleview.build.BuildDetailView;
import dev.circleview.output.JsonOutput;
import dev.circleview.term.DisplayWidth;
import dev.circleview.term.Terminal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds with hostile text, odd statuses, missing and impossible times and any number of steps and
 * containers, put through {@code circle-view build}'s renderers: nothing throws, nothing but the
 * build's address is wider than the terminal, and nothing but circle-view's own SGR codes and its one
 * OSC 8 link (with colour) reaches it.
 */
class BuildDetailRenderingFuzzTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final List<String> STATUSES = List.of("success", "failed", "running", "queued", "canceled",
            "timedout", "not_run", "fixed", "on_hold", "", "weird\u001b[31m");
    private static final List<String> TIMES = List.of("2026-11-28T11:59:00Z", "2026-11-28T11:00:00.123Z",
            "2026-11-28T13:00:00Z", "1970-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "not a time", "");

    private static <T> Arbitrary<T> orNull(Arbitrary<T> a) {
        return a.injectNull(0.2);
    }

    private static Arbitrary<String> text() {
        return orNull(FuzzArbitraries.hostileText());
    }

    private static Arbitrary<String> status() {
        return orNull(Arbitraries.oneOf(Arbitraries.of(STATUSES), FuzzArbitraries.hostileText()));
    }

    private static Arbitrary<String> time() {
        return orNull(Arbitraries.of(TIMES));
    }

    private static Arbitrary<Action> action() {
        return Combinators.combine(text(), orNull(Arbitraries.integers().between(-1, 200)), status(),
                orNull(Arbitraries.integers().between(-5, 300)), time(), time(),
                orNull(Arbitraries.longs().between(-1000, 400_000_000L)))
                .as((name, index, status, exit, start, end, millis) -> new Action(name, index, 0, status, exit, start, end,
                        millis, true, null, false, null, "test", false, true));
    }

    @Provide
    Arbitrary<BuildDetail> builds() {
        Arbitrary<Step> step = Combinators.combine(text(), action().list().ofMaxSize(5)).as(Step::new);
        Arbitrary<List<Step>> steps = orNull(step.list().ofMaxSize(6));
        Arbitrary<String> url = orNull(Arbitraries.oneOf(Arbitraries.of("https://circleci.com/gh/acme/svc/1",
                "javascript:alert(1)"), FuzzArbitraries.hostileText().map(t -> "https://circleci.com/" + t)));
        return Combinators.combine(
                Combinators.combine(orNull(Arbitraries.integers().between(-1, Integer.MAX_VALUE)), status(), orNull(
                        Arbitraries.of("finished", "running", "queued", "not_run")), text(), text(), text(), text())
                        .as((n, st, lc, subject, wf, job, branch) -> Arrays.<Object>asList(n, st, lc, subject, wf, job, branch)),
                Combinators.combine(text(), text(), url, time(), time(), time(),
                        orNull(Arbitraries.longs().between(-5, 90_000_000L)))
                        .as((tag, login, link, queued, start, stop, ms) -> Arrays.<Object>asList(tag, login, link, queued, start, stop, ms)),
                orNull(Arbitraries.integers().between(-1, 60)), steps)
                .as((a, b, parallel, s) -> new BuildDetail(new Build((Integer) a.get(0), (String) a.get(1), (String) a.get(2), null,
                        (String) a.get(3), parallel, null, new Workflows(null, (String) a.get(4), (String) a.get(5), null),
                        (String) a.get(6), (String) b.get(0), (String) b.get(1), null, null, null, (String) b.get(2),
                        new User((String) b.get(0), null, true, null), null, null, (String) b.get(1), (String) b.get(3),
                        (String) b.get(4), (String) b.get(5), (Long) b.get(6), parallel, null, (String) a.get(3),
                        List.of(new Message("warning", (String) b.get(0)))), s));
    }

    @Property(tries = 300)
    void rendersSafelyAtAnyWidth(@ForAll("builds") BuildDetail build, @ForAll @IntRange(min = 1, max = 300) int requested)
            throws IOException {
        int width = Terminal.forTest(new StringWriter(), new StringWriter(), true, false, requested).width();
        BuildDetailView view = new BuildDetailView(NOW, () -> ZoneOffset.UTC);
        for (boolean color : new boolean[] {false, true}) {
            for (String line : view.terminal(build, width, color, color)) {
                String plain = TextChecks.stripOwnSgr(TextChecks.stripOwnLinks(line));
                if (!color) {
                    assertEquals(line, plain, "escape codes with colour off");
                }
                TextChecks.assertSafe("terminal", plain, "");
                assertTrue(plain.startsWith("URL ") || DisplayWidth.of(plain) <= width,
                        () -> DisplayWidth.of(plain) + " columns at width " + width + ": " + TextChecks.visible(plain));
            }
        }
        for (String line : view.piped(build)) {
            TextChecks.assertSafe("piped", line, "\t");
            int tabs = (int) line.chars().filter(c -> c == '\t').count();
            assertEquals(line.startsWith("step\t") ? 5 : 1, tabs, () -> TextChecks.visible(line));
        }
        StringWriter out = new StringWriter();
        JsonOutput.write(out, build);
        TextChecks.assertSafe("json", out.toString(), "\n");
        assertEquals(build, Json.mapper().readValue(out.toString(), BuildDetail.class), "json reads back as the same build");
    }
}
