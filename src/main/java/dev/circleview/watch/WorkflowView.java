package dev.circleview.watch;

import dev.circleview.output.BuildState;
import dev.circleview.output.StatusStyle;
import dev.circleview.output.TimeFormat;
import dev.circleview.api.model.Build;
import dev.circleview.api.model.BuildStatus;
import dev.circleview.term.DisplayWidth;
import dev.circleview.term.Hyperlink;
import dev.circleview.term.Sanitizer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What {@code watch --workflow} prints, as pure functions of the workflow's jobs (one build each,
 * in build-number order): the change lines of piped output, the live view's frame, the summary.
 */
public final class WorkflowView {
    private WorkflowView() {
    }

    /** True when the job has ended ({@link BuildState#finished}). */
    public static boolean finished(Build job) {
        return BuildState.of(job.status(), job.lifecycle()).finished();
    }

    /** "deploy #43": the job's name (or "?") and number. */
    public static String label(Build job) {
        String name = job.effectiveJobName();
        return (name == null || name.isBlank() ? "?" : Sanitizer.cell(name)) + " #" + job.buildNum();
    }

    /**
     * The piped lines for the jobs whose status changed from {@code before} (null on the first poll)
     * to {@code now}, or that are new: {@code job deploy #43: running}; a finished job with its duration.
     */
    public static List<String> changes(List<Build> before, List<Build> now) {
        Map<Integer, Build> old = before == null ? Map.of()
                : before.stream().collect(Collectors.toMap(Build::buildNum, Function.identity(), (a, b) -> b));
        List<String> lines = new ArrayList<>();
        for (Build job : now) {
            Build was = old.get(job.buildNum());
            if (was == null || !Objects.equals(was.status(), job.status())) {
                Duration took = finished(job) ? job.duration() : null;
                lines.add("job " + label(job) + ": " + StatusStyle.word(job.status())
                        + (took == null ? "" : " (" + TimeFormat.duration(took) + ")"));
            }
        }
        return lines;
    }

    /** The summary at the end: each job's result, then how long the watch took. */
    public static String summary(String workflow, List<Build> jobs, Duration watched) {
        List<String> parts = new ArrayList<>();
        for (Build job : jobs) {
            Duration took = finished(job) ? job.duration() : null;
            parts.add(label(job) + " " + StatusStyle.word(job.status())
                    + (took == null ? "" : " in " + TimeFormat.duration(took)));
        }
        return "workflow " + name(workflow) + ": " + String.join(", ", parts)
                + " (watched " + TimeFormat.duration(watched) + ")";
    }

    /**
     * The live view: a header (workflow, jobs done, time watched), then one row per job: its status
     * symbol ({@code ▶} while running, {@code ·} while waiting), name, number and duration; with
     * {@code links} the number links to the job's page.
     */
    public static List<String> frame(String workflow, List<Build> jobs, Instant now, Instant watchStart, int width,
                                     boolean color, boolean links) {
        List<String> lines = new ArrayList<>();
        long done = jobs.stream().filter(WorkflowView::finished).count();
        String tail = "  " + done + "/" + jobs.size() + " done  " + TimeFormat.duration(Duration.between(watchStart, now));
        String head = DisplayWidth.truncate("workflow " + name(workflow), Math.max(10, width - DisplayWidth.of(tail) - 1));
        lines.add(head + tail);
        for (Build job : jobs) {
            BuildStatus.Category category = BuildStatus.of(job.status()).category();
            boolean finished = finished(job);
            String marker;
            Duration d;
            if (finished) {
                marker = StatusStyle.symbol(category);
                d = job.duration();
            } else if (category == BuildStatus.Category.RUNNING && job.startedAt() != null) {
                marker = "▶";
                d = Duration.between(job.startedAt(), now);
            } else {
                marker = "·";
                d = null;
            }
            String time = d == null ? "" : "  " + TimeFormat.duration(d) + (finished ? "" : " …");
            String name = job.effectiveJobName() == null ? "?" : Sanitizer.cell(job.effectiveJobName());
            String num = "#" + job.buildNum();
            name = DisplayWidth.truncate(name, Math.max(10, width - 4 - DisplayWidth.of(num + time) - 3));
            String start = "  " + marker + " " + name + "  ";
            String row = start + Hyperlink.apply(job.buildUrl(), num, links) + time;
            lines.add(finished ? StatusStyle.paint(job.status(), row, color) : row);
        }
        return lines;
    }

    private static String name(String workflow) {
        return workflow == null || workflow.isBlank() ? "(unnamed)" : Sanitizer.cell(workflow);
    }
}
