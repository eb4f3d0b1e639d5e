package dev.circleview.output;

import dev.circleview.testing.Rendered;

import dev.circleview.testing.SampleBuilds;
import dev.circleview.testing.TestBuild;
import dev.circleview.api.model.Build;
import dev.circleview.term.DisplayWidth;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static dev.circleview.testing.TestBuild.build;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildTableTest {
    private final BuildTable table = new BuildTable(SampleBuilds.NOW, () -> SampleBuilds.ZONE);

    private static final List<String> COLUMNS =
            List.of("STATUS", "#", "SUBJECT", "JOB", "WORKFLOW", "BRANCH", "COMMIT", "AUTHOR", "STARTED", "DURATION");

    /** The columns a header line shows, in order; a cut header ("SUBJ…", "…") counts as its column. */
    private static Set<String> headers(String headerLine) {
        Set<String> shown = new LinkedHashSet<>();
        int next = 0;
        for (String h : headerLine.trim().split(" +")) {
            String prefix = h.endsWith(DisplayWidth.ELLIPSIS) ? h.substring(0, h.length() - 1) : h;
            while (next < COLUMNS.size() && !(h.equals(prefix) ? COLUMNS.get(next).equals(h) : COLUMNS.get(next).startsWith(prefix))) {
                next++;
            }
            assertTrue(next < COLUMNS.size(), () -> "unknown header " + h + " in " + headerLine);
            shown.add(COLUMNS.get(next++));
        }
        return shown;
    }

    @Test
    void subjectIsTheCommitSubject() {
        assertEquals("Fix it", BuildTable.subject(build(1, "success").subject("  Fix it ").workflow("ci", "test").get()));
    }

    @Test
    void subjectFallsBackToTheWorkflowName() {
        assertEquals("nightly", BuildTable.subject(build(1, "success").workflow("nightly", "audit").get()));
        assertEquals("nightly", BuildTable.subject(build(1, "success").subject("  ").workflow("nightly", "audit").get()));
        assertEquals("", BuildTable.subject(build(1, "success").get()));
    }

    @Test
    void aSubjectOfNothingButEscapeCodesFallsBackToo() {
        assertEquals("nightly", BuildTable.subject(build(1, "success").subject("\u001b[2J\u001b[H\u0007").workflow("nightly", "a").get()));
    }

    @Test
    void retryOfIsAppended() {
        assertEquals("Fix it (retry of #41)", BuildTable.subject(build(42, "success").subject("Fix it").retryOf(41).get()));
        assertEquals("nightly (retry of #41)", BuildTable.subject(build(42, "success").retryOf(41).workflow("nightly", "a").get()));
        assertEquals("(retry of #41)", BuildTable.subject(build(42, "success").retryOf(41).get()));
    }

    @Test
    void pipedLineHasTheRawValues() {
        Build b = build(1995, "failed").subject("Refactor\tthe payment service").retryOf(1994).workflow("build-and-test", "integration")
                .branch("feature/x").revision("fedcba9876543210fedcba9876543210fedcba98").authorName("Dave Lee").login("dave")
                .start("2026-11-26T12:00:00.789Z").millis(3_720_400L).get();
        // the subject field is the commit subject alone: the "(retry of #1994)" marker is the table's
        assertEquals(List.of("failed\t1995\tRefactor the payment service\tintegration\tbuild-and-test\tfeature/x\t"
                + "fedcba9876543210fedcba9876543210fedcba98\tDave Lee\t2026-11-26T12:00:00Z\t3720"), table.piped(List.of(b)));
    }

    @Test
    void pipedSubjectIsEmptyWithoutACommitSubject() {
        Build b = build(7, "success").workflow("nightly", "audit").retryOf(6).get();
        assertEquals("", table.piped(List.of(b)).get(0).split("\t", -1)[2]);
        assertEquals("nightly (retry of #6)", BuildTable.subject(b));
    }

    @Test
    void theAuthorIsTheCommitsAuthorElseTheUsersLogin() {
        assertEquals("Dave Lee", build(1, "success").authorName("Dave Lee").login("dave").get().author());
        assertEquals("dave", build(1, "success").authorName(" ").login("dave").committerName("Eve").get().author());
        assertEquals(null, build(1, "success").login("none").committerName("Eve").get().author());
        assertEquals(null, build(1, "success").get().author());
    }

    @Test
    void pipedCutsNothing() {
        String subject = "word ".repeat(100).strip();
        String branch = "feature/" + "x".repeat(200);
        List<String> lines = table.piped(List.of(build(1, "success").subject(subject).branch(branch).get()));
        assertEquals("success\t1\t" + subject + "\t\t\t" + branch + "\t\t\t\t", lines.get(0));
    }

    @Test
    void pipedStartTimeIsUtc() {
        Build b = build(1, "success").start("2026-11-28T14:15:30+02:00").get();
        assertEquals("success\t1\t\t\t\t\t\t\t2026-11-28T12:15:30Z\t", table.piped(List.of(b)).get(0));
    }

    @Test
    void pipedJobFallsBackToTheTopLevelJobName() {
        assertEquals("success\t1\t\tunit\t\t\t\t\t\t", table.piped(List.of(build(1, "success").job("unit").get())).get(0));
    }

    @Test
    void negativeDurationIsEmpty() {
        Build b = build(7, "success").subject("skew").start("2026-11-28T11:00:00Z").stop("2026-11-28T10:50:00Z").get();
        assertEquals(List.of("STATUS     #  SUBJECT  STARTED", "✓ success  7  skew     1h ago"), table.table(List.of(b), 80, false, false, true));
        assertEquals("success\t7\tskew\t\t\t\t\t\t2026-11-28T11:00:00Z\t", table.piped(List.of(b)).get(0));
    }

    @Test
    void durationFromStartAndStopWhenThereIsNoBuildTime() {
        Build b = build(7, "success").subject("s").start("2026-11-28T11:00:00Z").stop("2026-11-28T11:02:15Z").get();
        assertEquals(List.of("STATUS     #  SUBJECT  STARTED  DURATION", "✓ success  7  s        1h ago   2m 15s"),
                table.table(List.of(b), 80, false, false, true));
        assertEquals("success\t7\ts\t\t\t\t\t\t2026-11-28T11:00:00Z\t135", table.piped(List.of(b)).get(0));
    }

    @Test
    void runningBuildHasNoDuration() {
        Build b = build(8, "running").subject("s").start("2026-11-28T11:59:18Z").get();
        assertEquals(List.of("STATUS     #  SUBJECT  STARTED", "● running  8  s        42s ago"), table.table(List.of(b), 80, false, false, true));
        assertEquals("running\t8\ts\t\t\t\t\t\t2026-11-28T11:59:18Z\t", table.piped(List.of(b)).get(0));
    }

    @Test
    void columnsWithoutDataAreLeftOut() {
        List<Build> builds = List.of(build(1, "success").subject("one").get(), build(2, "failed").branch("main").get());
        assertEquals(List.of(
                "STATUS     #  SUBJECT  BRANCH",
                "✓ success  1  one",
                "✗ failed   2           main"), table.table(builds, 80, false, false, true));
    }

    @Test
    void withoutHeaders() {
        List<Build> builds = List.of(build(1, "success").subject("one").get(), build(22, "failed").subject("two").get());
        assertEquals(List.of("✓ success  1   one", "✗ failed   22  two"), table.table(builds, 80, false, false, false));
    }

    @Test
    void noBuilds() {
        assertEquals(List.of("STATUS  #"), table.table(List.of(), 80, false, false, true));
        assertEquals(List.of(), table.table(List.of(), 80, false, false, false));
        assertEquals(List.of(), table.piped(List.of()));
    }

    @Test
    void allNullBuild() {
        assertEquals(List.of("STATUS  #", "?"), table.table(List.of(TestBuild.empty()), 80, false, false, true));
        assertEquals(List.of("\u001b[1mSTATUS\u001b[0m  \u001b[1m#\u001b[0m", "?"), table.table(List.of(TestBuild.empty()), 80, true, false, true));
        assertEquals(List.of("\t\t\t\t\t\t\t\t\t"), table.piped(List.of(TestBuild.empty())));
    }

    @Test
    void colourPaintsTheStatusButNotItsPadding() {
        List<Build> builds = List.of(build(1, "success").subject("a").get(), build(2, "infrastructure_fail").subject("b").get());
        assertEquals(List.of(
                "\u001b[1mSTATUS               \u001b[0m  \u001b[1m#\u001b[0m  \u001b[1mSUBJECT\u001b[0m",
                "\u001b[32m✓ success\u001b[0m              1  a",
                "\u001b[31m✗ infrastructure_fail\u001b[0m  2  b"), table.table(builds, 80, true, false, true));
    }

    @Test
    void unknownStatusIsRawAndUncoloured() {
        assertEquals(List.of("? on_hold  1  a"), table.table(List.of(build(1, "on_hold").subject("a").get()), 80, true, false, false));
    }

    @Test
    void commitIsShortOnATerminalAndFullWhenPiped() {
        Build b = build(1, "success").revision("0123456789abcdef").get();
        assertEquals(List.of("STATUS     #  COMMIT", "✓ success  1  0123456"), table.table(List.of(b), 80, false, false, true));
        assertEquals("success\t1\t\t\t\t\t0123456789abcdef\t\t\t", table.piped(List.of(b)).get(0));
    }

    @Test
    void aHostileRevisionIsNeverCutInsideACharacter() {
        Build b = build(1, "success").revision("🚀🚀🚀🚀🚀🚀🚀🚀🚀").get();
        assertEquals(List.of("STATUS     #  COMMIT", "✓ success  1  🚀🚀🚀🚀🚀🚀🚀"), table.table(List.of(b), 80, false, false, true));
    }

    @Test
    void subjectIsCutInDisplayColumns() {
        List<Build> builds = List.of(build(1, "success").subject("修复登录页面的错误").get(),
                build(2, "success").subject("abcdefghijklmnopqrstuvwxyz").get());
        // 35 columns: "✓ success" (9) + 2 + "#" (1) + 2 + subject (21)
        assertEquals(List.of(
                "STATUS     #  SUBJECT",
                "✓ success  1  修复登录页面的错误",
                "✓ success  2  abcdefghijklmnopqrst…"), table.table(builds, 35, false, false, true));
        assertEquals(List.of(
                "STATUS     #  SUBJECT",
                "✓ success  1  修复登录页…",
                "✓ success  2  abcdefghij…"), table.table(builds, 25, false, false, true));
    }

    @Test
    void subjectShrinksFirst() {
        List<String> wide = table.table(SampleBuilds.all(), 1000, false, false, true);
        int natural = wide.stream().mapToInt(DisplayWidth::of).max().orElseThrow();
        List<String> narrower = table.table(SampleBuilds.all(), natural - 20, false, false, true);
        assertEquals(wide.get(0).replace("SUBJECT" + " ".repeat(20), "SUBJECT"), narrower.get(0));
        assertEquals(headers(wide.get(0)), headers(narrower.get(0)));
    }

    @Test
    void columnsAreDroppedInOrderAsTheTerminalNarrows() {
        List<String> dropped = new ArrayList<>();
        Set<String> previous = headers(table.table(SampleBuilds.all(), 1000, false, false, true).get(0));
        assertEquals(COLUMNS, new ArrayList<>(previous));
        for (int width = 250; width >= 20; width--) {
            Set<String> now = headers(table.table(SampleBuilds.all(), width, false, false, true).get(0));
            for (String h : previous) {
                if (!now.contains(h)) {
                    dropped.add(h);
                }
            }
            assertTrue(previous.containsAll(now), "a dropped column came back at width " + width);
            previous = now;
        }
        assertEquals(List.of("WORKFLOW", "AUTHOR", "JOB", "DURATION", "COMMIT", "BRANCH", "STARTED"), dropped);
        assertEquals(List.of("STATUS", "#", "SUBJECT"), new ArrayList<>(previous));
    }

    @Test
    void everyWidthIsFilledButNeverExceeded() {
        int natural = table.table(SampleBuilds.all(), 1000, false, false, true).stream().mapToInt(DisplayWidth::of).max().orElseThrow();
        for (boolean headers : new boolean[] {true, false}) {
            for (int width = 20; width <= 250; width++) {
                for (boolean color : new boolean[] {false, true}) {
                    List<String> lines = table.table(SampleBuilds.all(), width, color, false, headers);
                    Rendered.assertFitsAndIsClean(lines, width, color);
                }
                List<String> lines = table.table(SampleBuilds.all(), width, false, false, headers);
                int widest = lines.stream().mapToInt(DisplayWidth::of).max().orElseThrow();
                if (headers) {
                    assertEquals(Math.min(width, natural), widest, "width " + width);
                }
            }
        }
    }

    @Test
    void veryNarrowTerminalKeepsTheStatusSymbol() {
        List<String> lines = table.table(List.of(build(123456, "infrastructure_fail").subject("Upgrade the image").get()), 20, false, false, true);
        assertEquals(List.of("STATUS     #       …", "✗ infras…  123456  …"), lines);
    }

    /** At 80 columns the subject is not cut to its least while the branch and the project keep twice as much. */
    @Test
    void aNarrowTableShrinksTheColumnsWithTheMostToSpareFirst() {
        List<Build> builds = List.of(
                build(4812, "success").subject("Move the payment retries behind a feature flag for the EU rollout")
                        .branch("feature/payments-retry-behind-flag-eu").workflow("build-test-deploy", "test").get(),
                build(4811, "failed").subject("Bump jackson-databind from 2.22.1 to 2.23.0 in the API client")
                        .branch("dependabot/maven/jackson-2.23.0").workflow("build-test-deploy", "test").get());
        List<String> projects = List.of("github/acme-corporation/payments-gateway", "github/acme-corporation/payments-gateway");
        List<String> lines = table.table(builds, projects, 80, false, false, true);

        String header = lines.get(0);
        int subject = header.indexOf("BRANCH") - header.indexOf("SUBJECT") - TableLayout.GAP.length();
        int project = header.indexOf("STATUS") - TableLayout.GAP.length();
        assertTrue(subject >= 14, () -> "subject " + subject + " wide:\n" + String.join("\n", lines));
        assertTrue(project <= subject + 2, () -> "project " + project + ", subject " + subject + ":\n" + String.join("\n", lines));
        // the project's slug is cut at its start: its repository, which tells projects apart, stays
        assertTrue(lines.get(1).startsWith(DisplayWidth.ELLIPSIS) && lines.get(1).contains("gateway"), lines.get(1));
    }

    @Test
    void jobNamesThatDifferOnlyAtTheEndStayApartWhenCut() {
        List<Build> builds = List.of(
                build(3, "success").subject("Run the matrix").workflow("matrix", "integration-tests-postgres-12").get(),
                build(2, "success").subject("Run the matrix").workflow("matrix", "integration-tests-postgres-15").get(),
                build(1, "success").subject("Run the matrix").workflow("matrix", "integration-tests-postgres-15").get());
        for (int width = 60; width <= 90; width++) {
            List<String> lines = table.table(builds, width, false, false, true);
            int at = lines.get(0).indexOf("JOB");
            if (at < 0) {
                continue;
            }
            int end = lines.get(0).indexOf("WORKFLOW") > 0 ? lines.get(0).indexOf("WORKFLOW") : lines.get(0).length();
            List<String> jobs = lines.subList(1, 4).stream().map(l -> l.substring(at, Math.min(end, l.length())).strip()).toList();
            int w = width;
            assertTrue(!jobs.get(0).equals(jobs.get(1)), () -> w + ": " + jobs);
            assertEquals(jobs.get(1), jobs.get(2), () -> w + ": the same name is cut the same way");
        }
    }
}
