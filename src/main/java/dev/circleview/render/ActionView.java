package dev.circleview.render;

import dev.circleview.api.model.Build;
import dev.circleview.term.Sanitizer;
import dev.circleview.term.Style;

import java.util.List;

/**
 * What {@code retry}, {@code cancel} and {@code trigger} print on a terminal: a line saying what
 * happened, with the build's number and page, then its status. Server text is sanitised here.
 */
public final class ActionView {
    private static final String DONE = "✓";

    private ActionView() {
    }

    /** "✓ Retried #41 as #42: URL", then the new build's status. */
    public static List<String> retried(int from, Build build, boolean ssh, boolean color) {
        String head = Style.GREEN.apply(DONE, color) + " Retried #" + from + (ssh ? " with SSH" : "")
                + " as " + number(build) + url(build);
        return List.of(head, status(build, color));
    }

    /** "Canceled #41 (status: canceled)", or what CircleCI said instead when the build was not canceled. */
    public static List<String> canceled(int number, Build build, boolean color) {
        String status = "(status: " + paintedStatus(build, color) + ")";
        if ("canceled".equals(build.status()) || "canceled".equals(build.outcome())) {
            return List.of("Canceled #" + number + " " + status);
        }
        if ("finished".equals(build.lifecycle())) {
            return List.of("#" + number + " had already finished " + status + "; nothing to cancel");
        }
        return List.of("Asked CircleCI to cancel #" + number + " " + status);
    }

    /** "✓ Triggered #43 on main: URL", then the new build's status. */
    public static List<String> triggered(String branch, Build build, boolean color) {
        String on = build.branch() != null && !build.branch().isEmpty() ? build.branch() : branch;
        String head = Style.GREEN.apply(DONE, color) + " Triggered " + number(build) + " on " + Sanitizer.cell(on) + url(build);
        return List.of(head, status(build, color));
    }

    private static String number(Build build) {
        return build.buildNum() == null ? "a new build" : "#" + build.buildNum();
    }

    private static String url(Build build) {
        String url = Sanitizer.cell(build.buildUrl());
        return url.isEmpty() ? "" : ": " + url;
    }

    private static String status(Build build, boolean color) {
        return "  status: " + paintedStatus(build, color);
    }

    private static String paintedStatus(Build build, boolean color) {
        String word = StatusStyle.word(build.status());
        return word.isEmpty() ? "unknown" : StatusStyle.paint(build.status(), word, color);
    }
}
