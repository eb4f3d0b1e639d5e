package dev.circleview.tests;

import dev.circleview.api.model.TestResult;
import dev.circleview.term.Style;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A build's tests counted by result; failed tests and errors are the ones that need a look. */
record TestTotals(int passed, int failed, int skipped, int errors, int other, List<TestResult> failing) {
    /** The results CircleCI's JUnit ingestion gives; any other word is {@link #OTHER}, shown as sent. */
    enum Kind {
        PASSED("✓", Style.GREEN), FAILED("✗", Style.RED), SKIPPED("-", Style.YELLOW), ERROR("!", Style.RED), OTHER("?", null);

        private final String symbol;
        private final Style style;

        Kind(String symbol, Style style) {
            this.symbol = symbol;
            this.style = style;
        }

        String symbol() {
            return symbol;
        }

        String paint(String text, boolean color) {
            return style == null ? text : style.apply(text, color);
        }
    }

    static Kind kind(String result) {
        return switch (result == null ? "" : result.toLowerCase(Locale.ROOT)) {
            case "success" -> Kind.PASSED;
            case "failure" -> Kind.FAILED;
            case "skipped" -> Kind.SKIPPED;
            case "error" -> Kind.ERROR;
            default -> Kind.OTHER;
        };
    }

    static TestTotals of(List<TestResult> tests) {
        int[] counts = new int[Kind.values().length];
        List<TestResult> failing = new ArrayList<>();
        for (TestResult t : tests) {
            Kind kind = kind(t.result());
            counts[kind.ordinal()]++;
            if (kind == Kind.FAILED || kind == Kind.ERROR) {
                failing.add(t);
            }
        }
        return new TestTotals(counts[Kind.PASSED.ordinal()], counts[Kind.FAILED.ordinal()], counts[Kind.SKIPPED.ordinal()],
                counts[Kind.ERROR.ordinal()], counts[Kind.OTHER.ordinal()], List.copyOf(failing));
    }

    int total() {
        return passed + failed + skipped + errors + other;
    }

    /** "12 tests: 8 passed, 2 failed, 1 skipped, 1 error" (and ", 1 other" when there are any), counts coloured. */
    String sentence(boolean color) {
        StringBuilder sb = new StringBuilder().append(total()).append(total() == 1 ? " test: " : " tests: ");
        sb.append(count(passed, "passed", "passed", Kind.PASSED, color)).append(", ");
        sb.append(count(failed, "failed", "failed", Kind.FAILED, color)).append(", ");
        sb.append(count(skipped, "skipped", "skipped", Kind.SKIPPED, color)).append(", ");
        sb.append(count(errors, "error", "errors", Kind.ERROR, color));
        if (other > 0) {
            sb.append(", ").append(count(other, "other", "other", Kind.OTHER, color));
        }
        return sb.toString();
    }

    private static String count(int n, String one, String many, Kind kind, boolean color) {
        String text = n + " " + (n == 1 ? one : many);
        return n == 0 ? text : kind.paint(text, color);
    }
}
