package dev.circleview.testing;

import dev.circleview.term.Scheduler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A {@link Scheduler} on a clock that only moves when a test says so: {@link #advance} runs the tasks
 * that fall due, in order, on the test's own thread. Or, made with {@link #atOnce}, one that runs each
 * task as soon as it is scheduled (as if its delay had passed) until a number of them have run, for
 * runs whose requests are too quick to wait through.
 */
public final class ManualScheduler implements Scheduler {
    private record Task(long due, long order, Runnable action, boolean[] cancelled) {
    }

    private final List<Task> tasks = new ArrayList<>();
    private long now;
    private long order;
    private int atOnce = -1;

    /** A scheduler that runs the first {@code count} tasks the moment they are scheduled, and never any other. */
    public static ManualScheduler atOnce(int count) {
        ManualScheduler s = new ManualScheduler();
        s.atOnce = count;
        return s;
    }

    @Override
    public synchronized Runnable schedule(Duration delay, Runnable task) {
        if (atOnce >= 0) {
            if (atOnce > 0) {
                atOnce--;
                task.run();
            }
            return () -> { };
        }
        boolean[] cancelled = {false};
        tasks.add(new Task(now + delay.toNanos(), order++, task, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Moves the clock on by {@code by}, running every task due by then (and those they schedule) in order. */
    public void advance(Duration by) {
        long until;
        synchronized (this) {
            until = now + by.toNanos();
        }
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream().filter(t -> !t.cancelled()[0] && t.due() <= until)
                        .min(Comparator.comparingLong(Task::due).thenComparingLong(Task::order)).orElse(null);
                if (next == null) {
                    now = until;
                    tasks.removeIf(t -> t.cancelled()[0]);
                    return;
                }
                tasks.remove(next);
                now = next.due();
            }
            next.action().run();
        }
    }

    /** How many tasks wait, not cancelled. */
    public synchronized int pending() {
        return (int) tasks.stream().filter(t -> !t.cancelled()[0]).count();
    }
}
