package dev.circleview.term;

import java.io.PrintWriter;
import java.util.List;

/**
 * A block of lines on a terminal redrawn in place: the cursor hidden while it lives, and shown
 * again by {@link #close()}, or by a shutdown hook on Ctrl-C. Only for a stdout that is a terminal;
 * these are the only cursor sequences circle-view writes.
 */
public final class LiveArea implements AutoCloseable {
    static final String HIDE = "\u001b[?25l";
    static final String SHOW = "\u001b[?25h";
    private static final String CLEAR_BELOW = "\u001b[J";

    private final PrintWriter out;
    private final Thread restoreHook;
    private int drawn;
    private boolean hidden;

    /** Hides the cursor and, when {@code hook}, registers a shutdown hook that shows it again. */
    public LiveArea(PrintWriter out, boolean hook) {
        this.out = out;
        out.print(HIDE);
        out.flush();
        hidden = true;
        this.restoreHook = hook ? new Thread(this::restore, "circle-view-cursor") : null;
        if (restoreHook != null) {
            Runtime.getRuntime().addShutdownHook(restoreHook);
        }
    }

    /** Replaces what was drawn last with {@code lines}. */
    public synchronized void draw(List<String> lines) {
        erase();
        lines.forEach(out::println);
        drawn = lines.size();
        out.flush();
    }

    /** Removes what was drawn, so that a message can be printed in its place (then {@link #draw} again). */
    public synchronized void erase() {
        if (drawn > 0) {
            out.print("\r\u001b[" + drawn + "A" + CLEAR_BELOW);
            drawn = 0;
        }
    }

    /** Leaves the last drawing on screen, below it nothing, and the cursor shown again. */
    @Override
    public void close() {
        restore();
        if (restoreHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(restoreHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run: it restores the cursor itself
            }
        }
    }

    private synchronized void restore() {
        if (hidden) {
            out.print(SHOW);
            out.flush();
            hidden = false;
        }
    }
}
