package dev.circleview.actions;

import dev.circleview.api.model.Build;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ActionViewTest {
    private static Build build(Integer num, String status, String lifecycle, String outcome, String branch, String url) {
        return new Build(num, status, lifecycle, outcome, null, null, null, null, branch, null, null, null, null, null,
                url, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void retried() {
        Build b = build(42, "queued", "queued", null, "main", "https://circleci.com/gh/acme/svc/42");

        assertEquals(List.of("✓ Retried #41 as #42: https://circleci.com/gh/acme/svc/42", "  status: queued"),
                ActionView.retried(41, b, false, false, false));
        assertEquals(List.of("✓ Retried #41 with SSH as #42: https://circleci.com/gh/acme/svc/42", "  status: queued"),
                ActionView.retried(41, b, true, false, false));
        assertEquals(List.of("\u001b[32m✓\u001b[0m Retried #41 as #42: https://circleci.com/gh/acme/svc/42",
                "  status: \u001b[33mqueued\u001b[0m"), ActionView.retried(41, b, false, true, false));
    }

    @Test
    void withLinksTheNumberAndTheAddressLinkToTheBuildsPage() {
        String url = "https://circleci.com/gh/acme/svc/42";
        Build b = build(42, "queued", "queued", null, "main", url);
        String open = "\u001b]8;;" + url + "\u001b\\";
        String close = "\u001b]8;;\u001b\\";

        assertEquals("✓ Retried #41 as " + open + "#42" + close + ": " + open + url + close,
                ActionView.retried(41, b, false, false, true).get(0));
        assertEquals("✓ Triggered " + open + "#42" + close + " on main: " + open + url + close,
                ActionView.triggered("main", b, false, true).get(0));
        assertEquals(List.of("Asked CircleCI to cancel " + open + "#42" + close + " (status: queued)"),
                ActionView.canceled(42, b, false, true));
        Build odd = build(43, "queued", "queued", null, "main", "javascript:alert(1)");
        assertEquals("✓ Retried #41 as #43: javascript:alert(1)", ActionView.retried(41, odd, false, false, true).get(0));
    }

    @Test
    void missingFieldsAreLeftOutNotPrintedAsNull() {
        Build empty = build(null, null, null, null, null, null);

        assertEquals(List.of("✓ Retried #41 as a new build", "  status: unknown"), ActionView.retried(41, empty, false, false, false));
        assertEquals(List.of("✓ Triggered a new build on main", "  status: unknown"), ActionView.triggered("main", empty, false, false));
        assertEquals(List.of("Asked CircleCI to cancel #41 (status: unknown)"), ActionView.canceled(41, empty, false, false));
    }

    @Test
    void canceledSaysWhatBecameOfTheBuild() {
        assertEquals(List.of("Canceled #41 (status: canceled)"),
                ActionView.canceled(41, build(41, "canceled", "finished", "canceled", null, null), false, false));
        assertEquals(List.of("Canceled #41 (status: canceled)"),
                ActionView.canceled(41, build(41, "canceled", "queued", "canceled", null, null), false, false));
        assertEquals(List.of("#41 had already finished (status: failed); nothing to cancel"),
                ActionView.canceled(41, build(41, "failed", "finished", "failed", null, null), false, false));
        assertEquals(List.of("Asked CircleCI to cancel #41 (status: running)"),
                ActionView.canceled(41, build(41, "running", "running", null, null, null), false, false));
    }

    @Test
    void triggeredNamesTheBuildsBranch() {
        Build b = build(43, "not_running", "not_running", null, "feature/x", "https://circleci.com/gh/acme/svc/43");

        assertEquals(List.of("✓ Triggered #43 on feature/x: https://circleci.com/gh/acme/svc/43", "  status: not_running"),
                ActionView.triggered("main", b, false, false));
    }

    @Test
    void serverTextIsSanitised() {
        Build b = build(43, "on\u001b[31m_hold\u0007", null, null, "x\u001b]0;title\u0007y\nz", "https://e.x/43\u009b2J");

        assertEquals(List.of("✓ Triggered #43 on xy z: https://e.x/43", "  status: on_hold"),
                ActionView.triggered("main", b, true, false).stream().map(s -> s.replace("\u001b[32m✓\u001b[0m", "✓")).toList());
    }
}
