package dev.circleview.app;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Desktop notifications through {@code osascript} on macOS and {@code notify-send} elsewhere (only
 * with a display); skipped silently where neither can run. Title and message are reduced to plain
 * characters first, since osascript reads them inside a script.
 */
public final class SystemNotifier implements Notifier {
    private static final long WAIT_SECONDS = 5;

    private final Map<String, String> env;
    private final String os;

    public SystemNotifier(Map<String, String> env) {
        this(env, System.getProperty("os.name", ""));
    }

    SystemNotifier(Map<String, String> env, String os) {
        this.env = env;
        this.os = os.toLowerCase(Locale.ROOT);
    }

    static String plain(String s) {
        return s == null ? "" : s.replaceAll("[^A-Za-z0-9 #._:()-]", "");
    }

    List<String> command(String title, String message) {
        String t = plain(title);
        String m = plain(message);
        if (os.contains("mac")) {
            return List.of("osascript", "-e", "display notification \"" + m + "\" with title \"" + t + "\"");
        }
        boolean display = !env.getOrDefault("DISPLAY", "").isEmpty() || !env.getOrDefault("WAYLAND_DISPLAY", "").isEmpty();
        return display && !os.contains("windows") ? List.of("notify-send", t, m) : null;
    }

    @Override
    public boolean notify(String title, String message) {
        List<String> command = command(title, message);
        if (command == null) {
            return false;
        }
        try {
            Process process = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
