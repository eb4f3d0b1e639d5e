package dev.circleview.api;

import dev.circleview.core.ApiException;
import dev.circleview.core.ExitCode;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Ends downloads that stop: when a read of a streamed body ({@link Transport#openExternal}) waits
 * longer than the limit ({@code --timeout}) for its next bytes, the body is closed under it (which
 * wakes the reader; an interrupt would not, on every JDK) and the read fails with an
 * {@link ApiException} (exit 9), rather than hang the command. The JDK's own request timeout ends
 * once the answer's headers are in.
 */
final class StallGuard implements AutoCloseable {
    private final Duration limit;
    private final Set<Guarded> open = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService timer;

    StallGuard(Duration limit) {
        this.limit = limit;
    }

    /** {@code body}, failing once a read waits longer than the limit; {@code who} and {@code what} name it in the error. */
    InputStream guard(InputStream body, String who, String what) {
        startTimer();
        Guarded g = new Guarded(body, who, what);
        open.add(g);
        return g;
    }

    private synchronized void startTimer() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "circle-view-stall-guard");
                t.setDaemon(true);
                return t;
            });
            long tick = Math.max(50, Math.min(1000, limit.toMillis() / 4));
            timer.scheduleAtFixedRate(this::check, tick, tick, TimeUnit.MILLISECONDS);
        }
    }

    private void check() {
        long now = System.nanoTime();
        for (Guarded g : open) {
            g.closeIfStalled(now, limit.toNanos());
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private final class Guarded extends FilterInputStream {
        private final String who;
        private final String what;
        private boolean reading;
        private long since;
        private boolean stalled;

        Guarded(InputStream in, String who, String what) {
            super(in);
            this.who = who;
            this.what = what;
        }

        void closeIfStalled(long now, long limitNanos) {
            synchronized (this) {
                if (!reading || stalled || now - since <= limitNanos) {
                    return;
                }
                stalled = true;
            }
            try {
                in.close();
            } catch (IOException ignored) {
                // the reader fails all the same
            }
        }

        private synchronized void enter() throws IOException {
            if (stalled) {
                throw stalledError();
            }
            reading = true;
            since = System.nanoTime();
        }

        private synchronized void leave() {
            reading = false;
        }

        private ApiException stalledError() {
            return new ApiException(ExitCode.UNAVAILABLE, 0, who + " stopped sending " + what + " for "
                    + limit.toSeconds() + " s", "try again, or allow more time with --timeout SECONDS");
        }

        @Override
        public int read() throws IOException {
            enter();
            try {
                return super.read();
            } catch (IOException e) {
                throw stalledOr(e);
            } finally {
                leave();
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            enter();
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw stalledOr(e);
            } finally {
                leave();
            }
        }

        @Override
        public long skip(long n) throws IOException {
            enter();
            try {
                return super.skip(n);
            } catch (IOException e) {
                throw stalledOr(e);
            } finally {
                leave();
            }
        }

        private synchronized IOException stalledOr(IOException e) {
            if (stalled) {
                ApiException error = stalledError();
                error.addSuppressed(e);
                throw error;
            }
            return e;
        }

        @Override
        public void close() throws IOException {
            open.remove(this);
            super.close();
        }
    }
}
