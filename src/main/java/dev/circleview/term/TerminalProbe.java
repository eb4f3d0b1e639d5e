package dev.circleview.term;

import org.fusesource.jansi.internal.CLibrary;

/**
 * Asks the OS, per file descriptor, whether a stream is a terminal and how wide it is. Uses jansi's
 * native library; where that cannot load, falls back to {@link System#console()} (which is wrong
 * when only stdin is redirected, hence the native call first).
 */
final class TerminalProbe {
    static final int STDOUT = 1;
    static final int STDERR = 2;

    private TerminalProbe() {
    }

    static boolean isTerminal(int fd) {
        try {
            if (CLibrary.LOADED) {
                return CLibrary.isatty(fd) == 1;
            }
        } catch (Throwable e) {
            // no native support on this platform: fall back below
        }
        return System.console() != null;
    }

    static int columns(int fd) {
        try {
            if (CLibrary.LOADED) {
                CLibrary.WinSize ws = new CLibrary.WinSize();
                if (CLibrary.ioctl(fd, CLibrary.TIOCGWINSZ, ws) == 0) {
                    return ws.ws_col;
                }
            }
        } catch (Throwable e) {
            // unknown width: the caller falls back to COLUMNS or the default
        }
        return 0;
    }
}
