package dev.circleview.watch;

import dev.circleview.term.Terminal;
import dev.circleview.core.ProjectSlug;
import dev.circleview.api.model.Build;
import dev.circleview.api.CircleCiClient;
import dev.circleview.api.BuildQuery;
import dev.circleview.app.BranchTarget;
import dev.circleview.api.Sleeper;
import dev.circleview.core.CircleViewException;
import dev.circleview.core.ExitCode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The polling loop of {@code watch}: asks, waits, asks again until an answer is final or the deadline
 * passes. It waits {@code interval} after a change and backs off ×1.5 (up to {@link #MAX_DELAY}, or
 * the interval when that is longer) while nothing changes. A poll that fails with exit 9 (CircleCI
 * unavailable, after the client's own retries) is reported and counts as "no change"; any other
 * failure ends the watch. Time comes from the clock and waits go through the sleeper, both injected.
 */
final class BuildWatcher {
    static final Duration MAX_DELAY = Duration.ofSeconds(30);

    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration interval;
    private final Instant deadline;
    private final Consumer<String> unavailable;

    /**
     * @param deadline    when the watch gives up (exit 8), or null for never
     * @param unavailable told the message of a poll that failed with exit 9
     */
    BuildWatcher(Clock clock, Sleeper sleeper, Duration interval, Instant deadline, Consumer<String> unavailable) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.interval = interval;
        this.deadline = deadline;
        this.unavailable = unavailable;
    }

    /**
     * Polls until {@code done} holds for an answer, which it returns; each answer goes to {@code seen}
     * first. A null answer counts as "nothing yet".
     *
     * @param waitingFor what the timeout message says is not there yet ("build #42 has not finished")
     */
    <T> T until(Supplier<T> poll, Predicate<T> done, Consumer<T> seen, Supplier<String> waitingFor) {
        T last = null;
        Duration delay = interval;
        boolean first = true;
        while (true) {
            T answer = null;
            boolean answered = false;
            try {
                answer = poll.get();
                answered = true;
            } catch (CircleViewException e) {
                if (e.exitCode() != ExitCode.UNAVAILABLE) {
                    throw e;
                }
                unavailable.accept(e.getMessage());
            }
            boolean changed = answered && (first || !Objects.equals(answer, last));
            if (answered) {
                first = false;
                last = answer;
                if (answer != null) {
                    seen.accept(answer);
                    if (done.test(answer)) {
                        return answer;
                    }
                }
            }
            delay = changed ? interval : longer(delay);
            sleep(delay, waitingFor);
        }
    }

    private Duration longer(Duration delay) {
        Duration grown = Duration.ofMillis(delay.toMillis() * 3 / 2);
        Duration cap = interval.compareTo(MAX_DELAY) > 0 ? interval : MAX_DELAY;
        return grown.compareTo(cap) > 0 ? cap : grown;
    }

    private void sleep(Duration delay, Supplier<String> waitingFor) {
        Duration wait = delay;
        if (deadline != null) {
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                throw new CircleViewException(ExitCode.BUILD_PENDING, "gave up watching after the --timeout: "
                        + waitingFor.get(), null);
            }
            wait = left.compareTo(delay) < 0 ? left : delay;
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CircleViewException(ExitCode.INTERRUPTED, "interrupted", null);
        }
    }

    /** Waits, polling the list as {@code status --sha} reads it, until a build of {@code sha} is there. */
    Build awaitCommit(CircleCiClient client, ProjectSlug slug, String target, String sha, String where, Terminal term) {
        BuildQuery query = new BuildQuery(target, null, BranchTarget.SHA_PAGE, 0);
        boolean[] told = new boolean[1];
        return until(() -> {
            Build b = BranchTarget.ofCommit(client.pollBuilds(slug, query), sha);
            if (b == null && !told[0]) {
                term.err().println("circle-view: waiting for a build of commit " + sha + " of " + where);
                term.err().flush();
                told[0] = true;
            }
            return b;
        }, b -> true, b -> { }, () -> "no build of commit " + sha + " of " + where + " yet");
    }
}
