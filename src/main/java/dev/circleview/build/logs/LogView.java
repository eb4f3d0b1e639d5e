package dev.circleview.build.logs;

import dev.circleview.output.StatusStyle;
import dev.circleview.api.model.BuildStatus;
import dev.circleview.term.Sanitizer;
import dev.circleview.term.Style;

/**
 * The lines circle-view adds around step logs ({@code build NUMBER --log}): a heading per step and
 * container, and notes where a log is missing or cut. The text is the same on a terminal and in a
 * pipe (so scripts can split the output on the {@code ==> } headings); only a terminal with colour
 * gets styling. The logs themselves pass through {@link dev.circleview.term.LogText}.
 */
public final class LogView {
    /** What every heading starts with. */
    public static final String HEADING = "==> ";

    private LogView() {
    }

    /**
     * {@code ==> NAME [container N] (STATUS, exit code E)}: the container only when {@code container}
     * is not null (parallel builds), the exit code only when it is not 0.
     */
    public static String heading(String stepName, Integer container, String status, Integer exitCode, boolean color) {
        String name = Sanitizer.cell(stepName).strip();
        String word = StatusStyle.word(status);
        String state = (word.isEmpty() ? "unknown" : word) + (exitCode == null || exitCode == 0 ? "" : ", exit code " + exitCode);
        StringBuilder line = new StringBuilder(Style.BOLD.apply(HEADING + (name.isEmpty() ? "(unnamed step)" : name), color));
        if (container != null) {
            line.append(' ').append(Style.DIM.apply("[container " + container + "]", color));
        }
        line.append(' ').append(StatusStyle.paint(status, "(" + state + ")", color));
        return line.toString();
    }

    /** In place of the log of a step that kept none ({@code has_output: false}, or no address for it). */
    public static String noOutput(boolean color) {
        return Style.DIM.apply("(no output)", color);
    }

    /** In place of the log of a step that has output ({@code has_output}) for which CircleCI sent no address. */
    public static String noLink(String buildUrl, boolean color) {
        String page = Sanitizer.cell(buildUrl);
        return Style.DIM.apply("(CircleCI sent no link to this step's output" + (page.isEmpty() ? "; see it on the build's page"
                : "; see it on the build's page: " + page) + ")", color);
    }

    /** Where a log was cut at {@code --log-limit}. */
    public static String cut(long limitBytes, boolean color) {
        return Style.YELLOW.apply("[log cut at " + size(limitBytes) + ": see more with --log-limit]", color);
    }

    /** After a log CircleCI itself cut short ({@code truncated: true}). */
    public static String truncatedByCircleCi(boolean color) {
        return Style.YELLOW.apply("[CircleCI kept only the start of this log]", color);
    }

    /** {@code bytes} as a size with a binary unit: "10 MiB", "512 KiB", "1.5 GiB", "300 bytes". */
    public static String size(long bytes) {
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = value == Math.rint(value) ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
        return number + " " + units[unit];
    }

    /** Whether {@code status} is a failure (for {@code --log-failed}). */
    public static boolean failed(String status) {
        return BuildStatus.of(status).category() == BuildStatus.Category.FAILED;
    }
}
