package dev.circleview.app;

/** Shows a desktop notification. The seam that keeps tests from showing real ones. */
@FunctionalInterface
public interface Notifier {
    /** Tries to show {@code message} titled {@code title}; false when there is no way to. */
    boolean notify(String title, String message);
}
