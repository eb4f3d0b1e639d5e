package dev.circleview.app;

import dev.circleview.api.ClientListener;
import dev.circleview.term.Spinner;
import dev.circleview.term.Terminal;

import java.time.Duration;

/**
 * Shows the client's progress on stderr: every request with {@code --debug}; long waits on a
 * terminal; and the spinner while requests are out, when it has one.
 */
final class TerminalListener implements ClientListener {
    private static final Duration NOTICE_AFTER = Duration.ofSeconds(1);

    private final Terminal terminal;
    private final boolean debug;
    private final Spinner spinner;

    /** @param spinner what turns while requests are out, or null for none */
    TerminalListener(Terminal terminal, boolean debug, Spinner spinner) {
        this.terminal = terminal;
        this.debug = debug;
        this.spinner = spinner;
    }

    @Override
    public void requestStarted() {
        if (spinner != null) {
            spinner.requestStarted();
        }
    }

    @Override
    public void requestFinished() {
        if (spinner != null) {
            spinner.requestFinished();
        }
    }

    @Override
    public void debug(String line) {
        if (debug) {
            terminal.err().println("[debug] " + line);
            terminal.err().flush();
        }
    }

    @Override
    public void retrying(String reason, Duration delay, int attempt, int attempts) {
        if (!debug && terminal.isErrTerminal() && delay.compareTo(NOTICE_AFTER) > 0) {
            terminal.err().println("circle-view: " + reason + "; trying again in " + Math.round(delay.toMillis() / 1000.0)
                    + " s (" + attempt + " of " + attempts + ")");
            terminal.err().flush();
        }
    }
}
