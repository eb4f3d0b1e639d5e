package dev.circleview.term;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Runs a task once, later: what moves the {@link Spinner}. Tests drive one of their own instead of waiting. */
@FunctionalInterface
public interface Scheduler {
    /** Tasks never run: for terminals nobody watches spin. */
    Scheduler NEVER = (delay, task) -> () -> { };

    /** Runs {@code task} after {@code delay}, on another thread, unless the returned action cancels it first. */
    Runnable schedule(Duration delay, Runnable task);

    /** One daemon thread, started by the first task: a run that never spins never starts it. */
    static Scheduler daemon() {
        return (delay, task) -> {
            ScheduledFuture<?> future = Daemon.THREAD.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
            return () -> future.cancel(false);
        };
    }

    /** The thread of {@link #daemon()}, made when this class is first used. */
    final class Daemon {
        private static final ScheduledExecutorService THREAD = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "circle-view-spinner");
            t.setDaemon(true);
            return t;
        });

        private Daemon() {
        }
    }
}
