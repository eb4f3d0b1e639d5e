package dev.circleview.build;

import dev.circleview.output.BuildTable;
import dev.circleview.output.BuildState;
import dev.circleview.output.StatusStyle;
import dev.circleview.output.TimeFormat;
import dev.circleview.api.model.Build;
import dev.circleview.api.model.BuildDetail;
import dev.circleview.api.model.BuildStatus;
import dev.circleview.term.DisplayWidth;
import dev.circleview.term.Hyperlink;
import dev.circleview.term.Sanitizer;
import dev.circleview.term.Style;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One build in depth ({@code circle-view build}). On a terminal: the number and subject, the status,
 * labelled facts (branch, commit, author, trigger, workflow, job, times, page), then the steps.
 * Piped: one {@code name<TAB>value} line per fact, every fact always present, then one
 * {@code step} line per step and container. Server text is sanitised here.
 */
public final class BuildDetailView {
    private static final int LABEL_WIDTH = 10;
    private static final String NOT_YET = "not yet";

    private final Instant now;
    private final Supplier<ZoneId> zone;

    /** @param zone the zone dates are shown in, asked for only when a time is old enough to show a date */
    public BuildDetailView(Instant now, Supplier<ZoneId> zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Lines for a terminal {@code width} columns wide; with {@code links} the number and the address link to the build's page. */
    public List<String> terminal(BuildDetail detail, int width, boolean color, boolean links) {
        Build b = detail.summary();
        boolean pending = !BuildState.of(b.status(), b.lifecycle()).finished();
        List<String> lines = new ArrayList<>();
        String subject = Sanitizer.cell(b.subject()).strip();
        String url = Sanitizer.cell(b.buildUrl());
        String number = b.buildNum() == null ? "#?" : "#" + b.buildNum();
        String title = DisplayWidth.truncate(number + (subject.isEmpty() ? "" : "  " + subject), width);
        lines.add(Style.BOLD.apply(b.buildNum() == null ? title : Hyperlink.applyAt(title, 0, number, url, links), color));
        String word = StatusStyle.word(b.status());
        String status = StatusStyle.symbol(BuildStatus.of(b.status()).category()) + " " + (word.isEmpty() ? "unknown" : word);
        lines.add(StatusStyle.paint(b.status(), DisplayWidth.truncate(status, width), color));
        lines.add("");
        field(lines, "Not run", Sanitizer.cell(b.notRunReason()), width, color);

        field(lines, "Branch", Sanitizer.cell(b.branch()), width, color);
        field(lines, "Tag", Sanitizer.cell(b.vcsTag()), width, color);
        field(lines, "Commit", BuildTable.shortSha(Sanitizer.cell(b.vcsRevision())), width, color);
        field(lines, "Author", Sanitizer.cell(b.author()), width, color);
        field(lines, "Trigger", trigger(b), width, color);
        field(lines, "Workflow", Sanitizer.cell(b.workflowName()), width, color);
        field(lines, "Job", Sanitizer.cell(b.effectiveJobName()), width, color);
        if (b.parallel() != null && b.parallel() > 1) {
            field(lines, "Parallel", b.parallel() + " containers", width, color);
        }
        field(lines, "Queued", TimeFormat.stamped(b.queuedAtInstant(), now, zone), width, color);
        field(lines, "Started", orNotYet(TimeFormat.stamped(b.startedAt(), now, zone), pending), width, color);
        field(lines, "Finished", orNotYet(TimeFormat.stamped(b.stoppedAt(), now, zone), pending), width, color);
        field(lines, "Duration", duration(b, pending), width, color);
        if (!url.isEmpty()) {
            // never cut: a shortened address is no use to copy
            lines.add(label("URL", color) + Hyperlink.apply(url, url, links));
        }

        lines.add("");
        if (detail.steps().isEmpty()) {
            lines.add(pending ? "No steps yet." : "No steps recorded.");
        } else {
            lines.add(Style.BOLD.apply("Steps", color));
            lines.addAll(StepList.terminal(detail.steps(), now, !pending, width, color));
        }
        return lines;
    }

    /** {@code name<TAB>value} lines, then the {@code step} lines; times in ISO-8601 UTC, durations in seconds. */
    public List<String> piped(BuildDetail detail) {
        Build b = detail.summary();
        List<String> lines = new ArrayList<>();
        pair(lines, "build_num", b.buildNum() == null ? "" : b.buildNum().toString());
        pair(lines, "status", StatusStyle.word(b.status()));
        pair(lines, "lifecycle", Sanitizer.cell(b.lifecycle()));
        pair(lines, "outcome", Sanitizer.cell(b.outcome()));
        pair(lines, "subject", Sanitizer.cell(b.subject()));
        pair(lines, "branch", Sanitizer.cell(b.branch()));
        pair(lines, "vcs_tag", Sanitizer.cell(b.vcsTag()));
        pair(lines, "vcs_revision", Sanitizer.cell(b.vcsRevision()));
        pair(lines, "author", Sanitizer.cell(b.author()));
        pair(lines, "why", Sanitizer.cell(b.why()));
        pair(lines, "not_run_reason", Sanitizer.cell(b.notRunReason()));
        pair(lines, "retry_of", b.retryOf() == null ? "" : b.retryOf().toString());
        pair(lines, "workflow", Sanitizer.cell(b.workflowName()));
        pair(lines, "job", Sanitizer.cell(b.effectiveJobName()));
        pair(lines, "parallel", b.parallel() == null ? "" : b.parallel().toString());
        pair(lines, "queued_at", TimeFormat.iso(b.queuedAtInstant()));
        pair(lines, "start_time", TimeFormat.iso(b.startedAt()));
        pair(lines, "stop_time", TimeFormat.iso(b.stoppedAt()));
        pair(lines, "duration", TimeFormat.seconds(b.duration()));
        pair(lines, "build_url", Sanitizer.cell(b.buildUrl()));
        lines.addAll(StepList.piped(detail.steps()));
        return lines;
    }

    /** Why it ran: CircleCI's word for the trigger, and the build it retries ("retry of #41", "api, retry of #41"). */
    private static String trigger(Build b) {
        String why = Sanitizer.cell(b.why()).strip();
        if (b.retryOf() == null) {
            return why;
        }
        if (why.isEmpty() || why.endsWith("retry")) {
            return (why.isEmpty() ? "retry" : why) + " of #" + b.retryOf();
        }
        return why + ", retry of #" + b.retryOf();
    }

    /** The build's run time; for one still running, the time so far. */
    private String duration(Build b, boolean pending) {
        Duration d = b.duration();
        Instant start = b.startedAt();
        if (d == null && pending && start != null && !now.isBefore(start) && b.stoppedAt() == null) {
            return TimeFormat.duration(Duration.between(start, now)) + " so far";
        }
        return TimeFormat.duration(d);
    }

    private static String orNotYet(String time, boolean pending) {
        return time.isEmpty() && pending ? NOT_YET : time;
    }

    private static void field(List<String> lines, String name, String value, int width, boolean color) {
        if (!value.isEmpty()) {
            lines.add(label(name, color) + DisplayWidth.truncate(value, Math.max(1, width - LABEL_WIDTH)));
        }
    }

    private static String label(String name, boolean color) {
        return Style.DIM.apply(name, color) + " ".repeat(LABEL_WIDTH - name.length());
    }

    private static void pair(List<String> lines, String name, String value) {
        lines.add(name + "\t" + value);
    }
}
