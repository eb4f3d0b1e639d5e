package dev.circleview.app;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock, with the local zone looked up only when asked for: {@code ZoneId.systemDefault()}
 * loads the time-zone database at start-up (its cost: docs/performance.md), and most runs never show a date.
 */
public final class SystemClock extends Clock {
    private ZoneId zone;

    @Override
    public synchronized ZoneId getZone() {
        if (zone == null) {
            zone = ZoneId.systemDefault();
        }
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.system(zone);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
