package dev.circleview.api.model;

/**
 * One test of a build's test metadata. {@code classname} may be empty and {@code file} null;
 * {@code result} is usually {@code success}, {@code failure}, {@code skipped} or {@code error}, but
 * any other word is kept as sent; {@code runTime} is in seconds; {@code message} is null on success.
 * Every field may be null.
 */
public record TestResult(
        String classname,
        String file,
        String name,
        String result,
        Double runTime,
        String message,
        String source,
        String sourceType) {
}
