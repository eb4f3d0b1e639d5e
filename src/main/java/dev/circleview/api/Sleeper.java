package dev.circleview.api;

import java.time.Duration;

/** Waits between retries; tests substitute one that records instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
