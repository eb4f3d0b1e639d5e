package dev.circleview.output;

import dev.circleview.api.model.BuildStatus;
import dev.circleview.term.Sanitizer;
import dev.circleview.term.Style;

/** The symbol and colour of a build status. Unknown statuses keep their raw word, uncoloured. */
public final class StatusStyle {
    private StatusStyle() {
    }

    public static String symbol(BuildStatus.Category category) {
        return switch (category) {
            case SUCCEEDED -> "✓";
            case FAILED -> "✗";
            case RUNNING -> "●";
            case WAITING -> "○";
            case STOPPED -> "-";
            case UNKNOWN -> "?";
        };
    }

    public static Style style(BuildStatus.Category category) {
        return switch (category) {
            case SUCCEEDED -> Style.GREEN;
            case FAILED -> Style.RED;
            case RUNNING -> Style.BLUE;
            case WAITING -> Style.YELLOW;
            case STOPPED -> Style.GREY;
            case UNKNOWN -> null;
        };
    }

    /** The raw status word, made safe: what pipes and JSON readers see. */
    public static String word(String raw) {
        return raw == null ? "" : Sanitizer.cell(raw);
    }

    /** "✓ success", unstyled. */
    public static String plainCell(String raw) {
        return symbol(BuildStatus.of(raw).category()) + " " + word(raw);
    }

    /** {@code text} in the colour of status {@code raw}, when {@code color}. */
    public static String paint(String raw, String text, boolean color) {
        Style style = style(BuildStatus.of(raw).category());
        return style == null ? text : style.apply(text, color);
    }
}
