package dev.circleview.term;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;

/**
 * A spinner on stderr while CircleCI is slow to answer. It shows only once a request has been out
 * for {@link #DELAY}, turns every {@link #FRAME}, and is erased (carriage return, erase to the end of
 * the line) when the last request ends, before anything else is written to stderr, and for good
 * before the first byte of stdout, so no line of output or error ever shares its line and nothing is
 * left behind. It draws only at the start of a line. Whoever reports requests (the client's listener)
 * decides whether it may spin at all; a spinner nobody starts writes nothing.
 */
public final class Spinner {
    static final Duration DELAY = Duration.ofMillis(300);
    static final Duration FRAME = Duration.ofMillis(100);
    static final String FRAMES = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";
    static final String LABEL = " waiting for CircleCI";
    static final String ERASE = "\r\u001b[K";
    private static final Runnable NOTHING = () -> { };

    private final Writer err;
    private final Scheduler scheduler;
    private int requests;
    /** Counts schedules and cancellations: a tick from before the last of them does nothing. */
    private int generation;
    private Runnable cancel = NOTHING;
    private boolean shown;
    private boolean stopped;
    private boolean lineStart = true;
    private int frame;
    private Thread eraseAtExit;

    /** @param err stderr itself; everything else writes to stderr through {@link #gate} */
    Spinner(Writer err, Scheduler scheduler) {
        this.err = err;
        this.scheduler = scheduler;
    }

    /** A request went out. */
    public synchronized void requestStarted() {
        if (!stopped && requests++ == 0) {
            schedule(DELAY);
        }
    }

    /** A request came back (or failed); when it was the last one out, the spinner goes. */
    public synchronized void requestFinished() {
        if (!stopped && requests > 0 && --requests == 0) {
            cancelTicks();
            erase();
        }
    }

    /** Stops for good, erasing what it showed: before stdout's first byte (or a pager), and at the end of the run. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        cancelTicks();
        erase();
        if (eraseAtExit != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(eraseAtExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run
            }
        }
    }

    /** stderr for everyone else: the spinner is erased before each write, and draws again only after a whole line. */
    Writer gate(Writer stderr) {
        return new Writer() {
            @Override
            public void write(char[] chars, int off, int len) throws IOException {
                synchronized (Spinner.this) {
                    erase();
                    stderr.write(chars, off, len);
                    if (len > 0) {
                        lineStart = chars[off + len - 1] == '\n';
                    }
                }
            }

            @Override
            public void flush() throws IOException {
                stderr.flush();
            }

            @Override
            public void close() throws IOException {
                stderr.close();
            }
        };
    }

    private void schedule(Duration delay) {
        int tick = ++generation;
        cancel = scheduler.schedule(delay, () -> tick(tick));
    }

    private void cancelTicks() {
        generation++;
        cancel.run();
        cancel = NOTHING;
    }

    private synchronized void tick(int tick) {
        if (tick != generation || stopped || requests == 0) {
            return;
        }
        if (lineStart) {
            write("\r" + FRAMES.charAt(frame++ % FRAMES.length()) + LABEL);
            shown = true;
            if (eraseAtExit == null) {
                // Ctrl-C while it shows: the shell's prompt comes on a clean line
                eraseAtExit = new Thread(this::eraseNow, "circle-view-spinner-erase");
                Runtime.getRuntime().addShutdownHook(eraseAtExit);
            }
        }
        schedule(FRAME);
    }

    private synchronized void eraseNow() {
        erase();
    }

    private void erase() {
        if (shown) {
            write(ERASE);
            shown = false;
        }
    }

    private void write(String text) {
        try {
            err.write(text);
            err.flush();
        } catch (IOException e) {
            // stderr is gone: nothing to draw on, nothing to erase
            shown = false;
        }
    }
}
