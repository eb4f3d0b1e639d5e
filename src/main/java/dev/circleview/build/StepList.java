package dev.circleview.build;

import dev.circleview.output.StatusStyle;
import dev.circleview.output.TimeFormat;
import dev.circleview.api.model.Action;
import dev.circleview.api.model.BuildStatus;
import dev.circleview.api.model.BuildStatus.Category;
import dev.circleview.api.model.Step;
import dev.circleview.term.DisplayWidth;
import dev.circleview.term.Sanitizer;
import dev.circleview.term.Style;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A build's steps as lines. On a terminal: one row per step (symbol, name, duration, and a note when
 * it did not simply succeed); a step that ran on several containers says how many, and when they did
 * not all succeed, lists each container under it with its own status and exit code. Piped: one
 * tab-separated line per step and container.
 */
final class StepList {
    private static final String GAP = "  ";
    /** The most urgent first: a step shows the status of its most urgent container. */
    private static final List<Category> URGENCY = List.of(Category.FAILED, Category.RUNNING, Category.WAITING,
            Category.UNKNOWN, Category.STOPPED, Category.SUCCEEDED);
    /** The name column keeps at least this much before notes are cut. */
    private static final int SOFT_NAME = 20;

    private record Row(boolean container, String status, String name, String duration, String note) {
    }

    private StepList() {
    }

    /**
     * Lines for a terminal {@code width} columns wide; {@code now} gives running steps their time so
     * far. In a build that has {@code finished}, a step CircleCI still reports as running (or waiting)
     * never finished: it says so, with no time, rather than being timed up to now.
     */
    static List<String> terminal(List<Step> steps, Instant now, boolean finished, int width, boolean color) {
        List<Row> rows = new ArrayList<>();
        for (Step raw : steps) {
            Step step = finished ? unfinished(raw) : raw;
            List<Action> actions = step.actions();
            if (actions.size() <= 1) {
                Action a = actions.isEmpty() ? null : actions.get(0);
                rows.add(new Row(false, a == null ? null : a.status(), name(step), TimeFormat.duration(a == null ? null : duration(a, now)),
                        a == null ? "" : note(a)));
                continue;
            }
            String status = mostUrgent(actions);
            Category category = BuildStatus.of(status).category();
            long same = actions.stream().filter(a -> BuildStatus.of(a.status()).category() == category).count();
            String note = category == Category.SUCCEEDED ? actions.size() + " containers"
                    : StatusStyle.word(status) + " on " + same + " of " + actions.size() + " containers";
            Duration longest = null;
            for (Action a : actions) {
                Duration d = duration(a, now);
                longest = d != null && (longest == null || d.compareTo(longest) > 0) ? d : longest;
            }
            rows.add(new Row(false, status, name(step), TimeFormat.duration(longest), note));
            boolean allSucceeded = actions.stream().allMatch(a -> BuildStatus.of(a.status()).category() == Category.SUCCEEDED);
            if (!allSucceeded) {
                for (int i = 0; i < actions.size(); i++) {
                    Action a = actions.get(i);
                    rows.add(new Row(true, a.status(), "container " + container(a, i), TimeFormat.duration(duration(a, now)), note(a)));
                }
            }
        }
        return layout(rows, width, color);
    }

    /** What a finished build says of its actions still running or waiting: status "not finished", no time. */
    private static Step unfinished(Step step) {
        return new Step(step.name(), step.actions().stream().map(a -> {
            Category c = BuildStatus.of(a.status()).category();
            return c != Category.RUNNING && c != Category.WAITING ? a
                    : new Action(a.name(), a.index(), a.step(), NOT_FINISHED, a.exitCode(), a.startTime(), a.endTime(),
                    a.runTimeMillis(), a.hasOutput(), a.outputUrl(), a.truncated(), a.failed(), a.type(), a.background(), a.parallel());
        }).toList());
    }

    /** The status shown for a step of a finished build that never finished. */
    static final String NOT_FINISHED = "not finished";

    /** {@code step NAME CONTAINER STATUS EXIT_CODE SECONDS}, one line per container of each step. */
    static List<String> piped(List<Step> steps) {
        List<String> lines = new ArrayList<>();
        for (Step step : steps) {
            if (step.actions().isEmpty()) {
                lines.add(String.join("\t", "step", name(step), "", "", "", ""));
            }
            for (int i = 0; i < step.actions().size(); i++) {
                Action a = step.actions().get(i);
                lines.add(String.join("\t", "step", name(step), Integer.toString(container(a, i)), StatusStyle.word(a.status()),
                        a.exitCode() == null ? "" : a.exitCode().toString(), TimeFormat.seconds(a.duration())));
            }
        }
        return lines;
    }

    private static List<String> layout(List<Row> rows, int width, boolean color) {
        int durationWidth = 0;
        int nameMax = 0;
        int noteMax = 0;
        for (Row r : rows) {
            durationWidth = Math.max(durationWidth, r.duration.length());
            nameMax = Math.max(nameMax, DisplayWidth.of(r.name) + (r.container ? 2 : 0));
            noteMax = Math.max(noteMax, DisplayWidth.of(r.note));
        }
        // a container's name is indented by two: the column holds that and one character at least
        int minName = rows.stream().anyMatch(Row::container) ? 3 : 1;
        // an absurd time (a server clock decades off) is cut rather than widen every row
        durationWidth = Math.min(durationWidth, Math.max(0, width - 4 - GAP.length() - minName));
        // indent, symbol and space, then the duration column and its gap when there is one
        int fixed = 4 + (durationWidth == 0 ? 0 : GAP.length() + durationWidth);
        // names get what the longest note leaves, but no less than SOFT_NAME: then notes are cut
        int leftByNotes = width - fixed - (noteMax == 0 ? 0 : GAP.length() + noteMax);
        int nameWidth = Math.min(nameMax, Math.max(Math.min(nameMax, SOFT_NAME), leftByNotes));
        nameWidth = Math.max(minName, Math.min(nameWidth, width - fixed));
        List<String> lines = new ArrayList<>(rows.size());
        for (Row r : rows) {
            int indent = r.container ? 2 : 0;
            StringBuilder sb = new StringBuilder("  ").append(" ".repeat(indent));
            sb.append(StatusStyle.paint(r.status, StatusStyle.symbol(BuildStatus.of(r.status).category()), color)).append(' ');
            String name = DisplayWidth.truncate(r.name, nameWidth - indent);
            sb.append(name);
            int noteRoom = width - fixed - nameWidth - GAP.length();
            String note = noteRoom < 2 ? "" : DisplayWidth.truncate(r.note, noteRoom);
            String duration = DisplayWidth.truncate(r.duration, durationWidth);
            if (!duration.isEmpty() || !note.isEmpty()) {
                sb.append(" ".repeat(Math.max(0, nameWidth - indent - DisplayWidth.of(name))));
                if (durationWidth > 0) {
                    sb.append(GAP).append(" ".repeat(durationWidth - DisplayWidth.of(duration))).append(Style.DIM.apply(duration, color));
                }
                if (!note.isEmpty()) {
                    sb.append(GAP).append(StatusStyle.paint(r.status, note, color));
                }
            }
            lines.add(sb.toString());
        }
        return lines;
    }

    /** The step's name, else its first action's, made safe. */
    private static String name(Step step) {
        String name = Sanitizer.cell(step.name()).strip();
        if (name.isEmpty() && !step.actions().isEmpty()) {
            name = Sanitizer.cell(step.actions().get(0).name()).strip();
        }
        return name.isEmpty() ? "(unnamed step)" : name;
    }

    private static int container(Action a, int position) {
        return a.index() == null ? position : a.index();
    }

    /** The status word and exit code of a container that did not simply succeed; "" for one that did. */
    private static String note(Action a) {
        BuildStatus.Category category = BuildStatus.of(a.status()).category();
        if (category == Category.SUCCEEDED) {
            return "";
        }
        String word = StatusStyle.word(a.status());
        String exit = a.exitCode() == null || a.exitCode() == 0 ? "" : "exit code " + a.exitCode();
        if (word.isEmpty()) {
            return exit;
        }
        return exit.isEmpty() ? word : word + " (" + exit + ")";
    }

    /** The status of the most urgent action: failed before running before waiting, and so on. */
    static String mostUrgent(List<Action> actions) {
        for (Category category : URGENCY) {
            for (Action a : actions) {
                if (BuildStatus.of(a.status()).category() == category) {
                    return a.status();
                }
            }
        }
        return null;
    }

    /** How long it ran; for one still running, how long so far. */
    private static Duration duration(Action a, Instant now) {
        Duration d = a.duration();
        Instant start = a.startedAt();
        if (d == null && a.endedAt() == null && start != null && !now.isBefore(start)
                && BuildStatus.of(a.status()).category() == Category.RUNNING) {
            return Duration.between(start, now);
        }
        return d;
    }
}
