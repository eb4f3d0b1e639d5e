package dev.circleview.term;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;

/**
 * stdout as commands write to it. Before its first character the spinner stops for good and, when a
 * command asked for paging, the pager starts; one that cannot is one warning line on stderr, and the
 * output goes straight to the terminal. A pager that quits early makes every later write fail, as a
 * closed pipe does ({@link PrintWriter#checkError()} turns true), and that is remembered, so the run
 * can stop early and end quietly.
 */
final class Stdout extends Writer {
    private final Writer direct;
    private final Spinner spinner;
    private final PrintWriter warnings;
    private Writer target;
    private boolean begun;
    private String pagerCommand;
    private Map<String, String> pagerEnv;
    private Pager pager;
    private boolean pagerQuit;

    /** @param warnings stderr, for the one line about a pager that cannot start */
    Stdout(Writer direct, Spinner spinner, PrintWriter warnings) {
        this.direct = direct;
        this.target = direct;
        this.spinner = spinner;
        this.warnings = warnings;
    }

    /** Sends what is written from now on through {@code command}, started at the first character; ignored once output has begun. */
    void pageWith(String command, Map<String, String> env) {
        synchronized (lock) {
            if (!begun) {
                pagerCommand = command;
                pagerEnv = env;
            }
        }
    }

    /** True when the pager quit before taking all the output. */
    boolean pagerQuit() {
        synchronized (lock) {
            return pagerQuit;
        }
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        synchronized (lock) {
            begin();
            try {
                target.write(chars, off, len);
            } catch (IOException e) {
                throw quit(e);
            }
        }
    }

    @Override
    public void flush() throws IOException {
        synchronized (lock) {
            try {
                target.flush();
            } catch (IOException e) {
                throw quit(e);
            }
        }
    }

    /** Flushes what is left and, after a pager, waits for it to exit (the reader quits it). */
    @Override
    public void close() {
        synchronized (lock) {
            try {
                target.flush();
            } catch (IOException e) {
                quit(e);
            }
            if (pager != null) {
                pager.finish();
                pager = null;
                target = direct;
            }
        }
    }

    private void begin() {
        if (begun) {
            return;
        }
        begun = true;
        spinner.stop();
        if (pagerCommand == null) {
            return;
        }
        try {
            pager = Pager.start(pagerCommand, pagerEnv);
            target = pager.input();
        } catch (IOException e) {
            warnings.println("circle-view: cannot start the pager \"" + Sanitizer.cell(pagerCommand) + "\" ("
                    + Sanitizer.cell(e.getMessage()) + "), so printing without it; set " + Pager.ENV
                    + " or PAGER to one that is installed, or add --no-pager");
            warnings.flush();
        }
    }

    private IOException quit(IOException e) {
        if (pager != null) {
            pagerQuit = true;
        }
        return e;
    }
}
