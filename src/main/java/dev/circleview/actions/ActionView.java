package dev.circleview.actions;

import dev.circleview.output.StatusStyle;
import dev.circleview.api.model.Build;
import dev.circleview.term.Hyperlink;
import dev.circleview.term.Sanitizer;
import dev.circleview.term.Style;

import java.util.List;

/**
 * What {@code retry}, {@code cancel} and {@code trigger} print on a terminal: a line saying what
 * happened, with the build's number and page (both hyperlinks where links are on), then its status.
 * Server text is sanitised here.
 */
public final class ActionView {
    private static final String DONE = "✓";

    private ActionView() {
    }

    /**
     * "✓ Retried #41 as #42: URL", then the new build's status; without the tick, which reads as
     * "passed", when CircleCI answers with a build it will not run, and then with the reason.
     */
    public static List<String> retried(int from, Build build, boolean ssh, boolean color, boolean links) {
        boolean ran = !"not_run".equals(build.status());
        String head = (ran ? Style.GREEN.apply(DONE, color) + " " : "") + "Retried #" + from + (ssh ? " with SSH" : "")
                + " as " + number(build, links) + url(build, links);
        String reason = build.notRunReason();
        return reason == null ? List.of(head, status(build, color))
                : List.of(head, status(build, color) + ": CircleCI did not run it: " + Sanitizer.cell(reason));
    }

    /** "Canceled #41 (status: canceled)", or what CircleCI said instead when the build was not canceled. */
    public static List<String> canceled(int number, Build build, boolean color, boolean links) {
        String status = "(status: " + paintedStatus(build, color) + ")";
        String shown = Hyperlink.apply(build.buildUrl(), "#" + number, links);
        if ("canceled".equals(build.status()) || "canceled".equals(build.outcome())) {
            return List.of("Canceled " + shown + " " + status);
        }
        if ("finished".equals(build.lifecycle())) {
            return List.of(shown + " had already finished " + status + "; nothing to cancel");
        }
        return List.of("Asked CircleCI to cancel " + shown + " " + status);
    }

    /** "✓ Triggered #43 on main: URL", then the new build's status. */
    public static List<String> triggered(String branch, Build build, boolean color, boolean links) {
        String on = build.branch() != null && !build.branch().isEmpty() ? build.branch() : branch;
        String head = Style.GREEN.apply(DONE, color) + " Triggered " + number(build, links) + " on " + Sanitizer.cell(on)
                + url(build, links);
        return List.of(head, status(build, color));
    }

    private static String number(Build build, boolean links) {
        return build.buildNum() == null ? "a new build" : Hyperlink.apply(build.buildUrl(), "#" + build.buildNum(), links);
    }

    private static String url(Build build, boolean links) {
        String url = Sanitizer.cell(build.buildUrl());
        return url.isEmpty() ? "" : ": " + Hyperlink.apply(url, url, links);
    }

    private static String status(Build build, boolean color) {
        return "  status: " + paintedStatus(build, color);
    }

    private static String paintedStatus(Build build, boolean color) {
        String word = StatusStyle.word(build.status());
        return word.isEmpty() ? "unknown" : StatusStyle.paint(build.status(), word, color);
    }
}
