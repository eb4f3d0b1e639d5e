package dev.circleview.command;

import dev.circleview.api.ClientListener;
import dev.circleview.term.Terminal;

import java.time.Duration;

/** Shows the client's progress on stderr: every request with {@code --debug}; long waits on a terminal. */
final class TerminalListener implements ClientListener {
    private static final Duration NOTICE_AFTER = Duration.ofSeconds(1);

    private final Terminal terminal;
    private final boolean debug;

    TerminalListener(Terminal terminal, boolean debug) {
        this.terminal = terminal;
        this.debug = debug;
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
