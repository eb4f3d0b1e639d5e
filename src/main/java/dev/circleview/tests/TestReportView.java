package dev.circleview.tests;

import dev.circleview.output.StatusStyle;
import dev.circleview.output.TimeFormat;
import dev.circleview.api.model.TestReport;
import dev.circleview.api.model.TestResult;
import dev.circleview.term.DisplayWidth;
import dev.circleview.term.Sanitizer;
import dev.circleview.term.Style;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A build's test metadata ({@code circle-view tests}). On a terminal: the totals by result, then the
 * failed tests (every test with {@code all}), each with its name, run time, class and file, and the
 * first lines of its message. Piped: {@code name<TAB>count} lines for the totals, then one
 * {@code test} line per test listed. Server text is sanitised here.
 */
public final class TestReportView {
    /** How many lines of a message are shown on a terminal. */
    static final int MESSAGE_LINES = 5;
    private static final String INDENT = "    ";

    private TestReportView() {
    }

    /** Lines for a terminal {@code width} columns wide. */
    public static List<String> terminal(TestReport report, boolean all, int width, boolean color) {
        TestTotals totals = TestTotals.of(report.tests());
        List<String> lines = new ArrayList<>();
        String plain = totals.sentence(false);
        lines.add(DisplayWidth.of(plain) <= width ? totals.sentence(color) : DisplayWidth.truncate(plain, width));
        List<TestResult> shown = all ? report.tests() : totals.failing();
        lines.add("");
        if (shown.isEmpty()) {
            lines.add(Style.GREEN.apply("✓ No failed tests.", color));
            return lines;
        }
        lines.add(Style.BOLD.apply((all ? "All tests (" : "Failed tests (") + shown.size() + ")", color));
        // run times line up after the longest name, or at the right edge when names are longer
        int timeWidth = shown.stream().mapToInt(t -> runTime(t.runTime()).length()).max().orElse(0);
        int nameWidth = shown.stream().mapToInt(t -> DisplayWidth.of(name(t))).max().orElse(1);
        nameWidth = Math.max(1, Math.min(nameWidth, width - 2 - (timeWidth == 0 ? 0 : 2 + timeWidth)));
        for (TestResult t : shown) {
            addTest(lines, t, nameWidth, timeWidth, width, color);
        }
        return lines;
    }

    /**
     * {@code passed}, {@code failed}, {@code skipped}, {@code errors}, {@code other} and {@code total}
     * with their counts, then {@code test<TAB>result<TAB>class<TAB>name<TAB>file<TAB>seconds<TAB>message's first line}
     * per failed test (every test with {@code all}).
     */
    public static List<String> piped(TestReport report, boolean all) {
        TestTotals totals = TestTotals.of(report.tests());
        List<String> lines = new ArrayList<>();
        lines.add("passed\t" + totals.passed());
        lines.add("failed\t" + totals.failed());
        lines.add("skipped\t" + totals.skipped());
        lines.add("errors\t" + totals.errors());
        lines.add("other\t" + totals.other());
        lines.add("total\t" + report.tests().size());
        for (TestResult t : all ? report.tests() : totals.failing()) {
            lines.add(String.join("\t", "test", StatusStyle.word(t.result()), Sanitizer.cell(t.classname()),
                    Sanitizer.cell(t.name()), Sanitizer.cell(t.file()), seconds(t.runTime()), firstLine(t.message())));
        }
        return lines;
    }

    private static String name(TestResult t) {
        String name = Sanitizer.cell(t.name()).strip();
        return name.isEmpty() ? "(unnamed test)" : name;
    }

    private static void addTest(List<String> lines, TestResult t, int nameWidth, int timeWidth, int width, boolean color) {
        TestTotals.Kind kind = TestTotals.kind(t.result());
        String time = runTime(t.runTime());
        String shownName = DisplayWidth.truncate(name(t), nameWidth);
        StringBuilder head = new StringBuilder(kind.paint(kind.symbol(), color)).append(' ').append(shownName);
        if (!time.isEmpty()) {
            head.append(" ".repeat(nameWidth - DisplayWidth.of(shownName) + 2 + timeWidth - time.length()))
                    .append(Style.DIM.apply(time, color));
        }
        lines.add(head.toString());
        List<String> where = new ArrayList<>();
        if (kind == TestTotals.Kind.OTHER) {
            String word = StatusStyle.word(t.result()).strip();
            where.add(word.isEmpty() ? "no result" : word);
        }
        for (String part : List.of(Sanitizer.cell(t.classname()).strip(), Sanitizer.cell(t.file()).strip())) {
            if (!part.isEmpty()) {
                where.add(part);
            }
        }
        if (!where.isEmpty()) {
            lines.add("  " + Style.DIM.apply(DisplayWidth.truncate(String.join(" · ", where), Math.max(1, width - 2)), color));
        }
        List<String> message = messageLines(t.message(), color);
        int room2 = Math.max(1, width - INDENT.length());
        for (int i = 0; i < Math.min(MESSAGE_LINES, message.size()); i++) {
            lines.add(INDENT + VisibleText.truncate(message.get(i), room2));
        }
        if (message.size() > MESSAGE_LINES) {
            int more = message.size() - MESSAGE_LINES;
            lines.add(INDENT + Style.DIM.apply("… " + more + " more line" + (more == 1 ? "" : "s"), color));
        }
    }

    /** The message as lines for a terminal: sanitised, tabs as spaces, blank lines around it dropped. */
    static List<String> messageLines(String message, boolean color) {
        String text = Sanitizer.text(message, color);
        if (text.endsWith("\u001b[0m")) {
            // each line is closed on its own below, so the reset at the very end is not needed
            text = text.substring(0, text.length() - 4);
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.replace("\t", "    ").split("\n", -1)) {
            lines.add(VisibleText.stripTrailing(line));
        }
        while (!lines.isEmpty() && VisibleText.isBlank(lines.get(lines.size() - 1))) {
            lines.remove(lines.size() - 1);
        }
        while (!lines.isEmpty() && VisibleText.isBlank(lines.get(0))) {
            lines.remove(0);
        }
        return lines;
    }

    /** The message's first non-blank line, on one line and uncoloured; "" for none. */
    static String firstLine(String message) {
        for (String line : Sanitizer.text(message, false).split("\n")) {
            if (!line.isBlank()) {
                return Sanitizer.cell(line).strip();
            }
        }
        return "";
    }

    /** "0.25s", "12.3s", "2m 15s" for a terminal; "" when unknown. */
    static String runTime(Double seconds) {
        if (seconds == null || seconds.isNaN() || seconds.isInfinite() || seconds < 0) {
            return "";
        }
        if (seconds == 0) {
            return "0s";
        }
        if (seconds < 10) {
            return String.format(Locale.ROOT, "%.2fs", seconds);
        }
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1fs", seconds);
        }
        return TimeFormat.duration(Duration.ofSeconds(Math.round(Math.min(seconds, 1e15))));
    }

    /** Seconds as a plain decimal for pipes ("1.25", "0"); "" when unknown. */
    static String seconds(Double seconds) {
        if (seconds == null || seconds.isNaN() || seconds.isInfinite()) {
            return "";
        }
        return BigDecimal.valueOf(Math.max(0, seconds)).stripTrailingZeros().toPlainString();
    }
}
