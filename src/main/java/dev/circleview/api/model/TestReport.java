package dev.circleview.api.model;

import java.util.List;
import java.util.Objects;

/**
 * A build's test metadata ({@code GET …/:build_num/tests}): its tests, and the {@code exceptions}
 * CircleCI sometimes sends beside them (kept as given). Null lists become empty.
 */
public record TestReport(List<TestResult> tests, List<Object> exceptions) {
    public TestReport {
        tests = tests == null ? List.of() : tests.stream().filter(Objects::nonNull).toList();
        exceptions = exceptions == null ? List.of() : exceptions.stream().filter(Objects::nonNull).toList();
    }
}
