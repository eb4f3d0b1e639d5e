package dev.circleview.watch;

import dev.circleview.output.BuildState;
import dev.circleview.output.StatusStyle;
import dev.circleview.output.TimeFormat;
import dev.circleview.api.model.Action;
import dev.circleview.api.model.BuildDetail;
import dev.circleview.api.model.BuildStatus;
import dev.circleview.api.model.Step;
import dev.circleview.term.DisplayWidth;
import dev.circleview.term.Hyperlink;
import dev.circleview.term.Sanitizer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@code watch} prints, as pure functions of the build it polled: the change lines of piped
 * output, the frame of the live view on a terminal, and the closing summary.
 */
public final class WatchView {
    private WatchView() {
    }

    /** One step as a watch sees it: its actions (parallel containers) folded into one state. */
    record StepState(String name, String status, boolean started, boolean finished, Instant startedAt, Duration duration) {
        static StepState of(Step step) {
            List<Action> actions = step.actions().stream().filter(Objects::nonNull).toList();
            boolean started = actions.stream().anyMatch(a -> a.status() != null || a.startTime() != null);
            boolean finished = !actions.isEmpty()
                    && actions.stream().allMatch(a -> a.status() != null && !"running".equals(a.status()));
            String status = actions.stream().map(Action::status).filter(Objects::nonNull)
                    .filter(s -> BuildStatus.of(s).category() == BuildStatus.Category.FAILED).findFirst()
                    .orElse(actions.isEmpty() ? null : actions.get(0).status());
            Instant startedAt = actions.stream().map(Action::startedAt).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
            Duration duration = finished ? actions.stream().map(Action::duration).filter(Objects::nonNull)
                    .max(Duration::compareTo).orElse(null) : null;
            return new StepState(Sanitizer.cell(step.name()), status, started, finished, startedAt, duration);
        }
    }

    private static List<StepState> steps(BuildDetail b) {
        return b == null ? List.of() : b.steps().stream().map(StepState::of).toList();
    }

    /** True when the build has ended ({@link BuildState#finished}). */
    public static boolean finished(BuildDetail b) {
        return BuildState.of(b.summary().status(), b.summary().lifecycle()).finished();
    }

    /**
     * The piped lines for what changed from {@code before} (null on the first poll) to {@code now}:
     * the build's status, steps that started, steps that finished with status and duration. A final
     * status comes after the steps that finished with it.
     */
    public static List<String> changes(BuildDetail before, BuildDetail now) {
        List<String> stepLines = new ArrayList<>();
        List<StepState> old = steps(before);
        List<StepState> cur = steps(now);
        for (int i = 0; i < cur.size(); i++) {
            StepState s = cur.get(i);
            StepState was = i < old.size() && old.get(i).name().equals(s.name()) ? old.get(i) : null;
            if (s.finished() && (was == null || !was.finished())) {
                stepLines.add("step finished: " + s.name() + ": " + StatusStyle.word(s.status())
                        + (s.duration() == null ? "" : " (" + TimeFormat.seconds(s.duration()) + "s)"));
            } else if (s.started() && !s.finished() && (was == null || !was.started())) {
                stepLines.add("step started: " + s.name());
            }
        }
        boolean statusChanged = before == null || !Objects.equals(before.summary().status(), now.summary().status());
        List<String> lines = new ArrayList<>();
        String statusLine = "build #" + now.summary().buildNum() + ": " + StatusStyle.word(now.summary().status());
        if (statusChanged && !finished(now)) {
            lines.add(statusLine);
        }
        lines.addAll(stepLines);
        if (statusChanged && finished(now)) {
            lines.add(statusLine);
        }
        return lines;
    }

    /** The one-line summary at the end of a watch, piped or not. */
    public static String summary(BuildDetail b, Duration watched) {
        Duration took = b.summary().duration();
        return "build #" + b.summary().buildNum() + " " + StatusStyle.word(b.summary().status())
                + (took == null ? "" : " in " + TimeFormat.duration(took))
                + " (watched " + TimeFormat.duration(watched) + ")";
    }

    /**
     * The live view: a header (status, number, branch, subject, elapsed time), then each step with
     * its duration, the running ones marked and timed up to {@code now}; each line fits {@code width}.
     * With {@code links} the number links to the build's page.
     */
    public static List<String> frame(BuildDetail b, Instant now, Instant watchStart, int width, boolean color, boolean links) {
        List<String> lines = new ArrayList<>();
        Instant start = b.summary().startedAt() != null ? b.summary().startedAt() : watchStart;
        Duration elapsed = finished(b) && b.summary().duration() != null ? b.summary().duration() : Duration.between(start, now);
        String status = StatusStyle.plainCell(b.summary().status()) + "  ";
        String number = "#" + b.summary().buildNum();
        String head = status + number + "  " + Sanitizer.cell(b.summary().branch()) + "  " + Sanitizer.cell(b.summary().subject());
        String tail = "  " + TimeFormat.duration(elapsed);
        head = DisplayWidth.truncate(head, Math.max(10, width - DisplayWidth.of(tail) - 1));
        head = Hyperlink.applyAt(head, status.length(), number, b.summary().buildUrl(), links);
        lines.add(StatusStyle.paint(b.summary().status(), head, color) + tail);
        for (StepState s : steps(b)) {
            String marker;
            Duration d = s.duration();
            if (!s.started()) {
                marker = "·";
            } else if (!s.finished()) {
                marker = "▶";
                d = s.startedAt() == null ? null : Duration.between(s.startedAt(), now);
            } else {
                marker = StatusStyle.symbol(BuildStatus.of(s.status()).category());
                marker = marker == null ? "?" : marker;
            }
            String time = d == null ? "" : "  " + TimeFormat.duration(d) + (s.finished() ? "" : " …");
            String name = DisplayWidth.truncate(s.name(), Math.max(10, width - 4 - DisplayWidth.of(time) - 1));
            String row = "  " + marker + " " + name + time;
            lines.add(s.finished() ? StatusStyle.paint(s.status(), row, color) : row);
        }
        return lines;
    }
}
