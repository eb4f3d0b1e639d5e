package dev.circleview.app;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Opens pages with the desktop's opener: {@code open} on macOS, {@code xdg-open} elsewhere (only
 * with a display: on a server it could start a text browser on this terminal). The address is one
 * argument of the process, never shell text.
 */
public final class SystemBrowser implements Browser {
    /** How long to wait for the opener to say whether it worked; a browser it starts may run on. */
    private static final long WAIT_SECONDS = 5;

    private final Map<String, String> env;
    private final String os;

    public SystemBrowser(Map<String, String> env) {
        this(env, System.getProperty("os.name", ""));
    }

    SystemBrowser(Map<String, String> env, String os) {
        this.env = env;
        this.os = os.toLowerCase(Locale.ROOT);
    }

    /** The opener's command line for {@code page}, or null when there is none to try. */
    List<String> command(URI page) {
        if (os.contains("mac")) {
            return List.of("open", page.toString());
        }
        if (os.contains("windows")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler", page.toString());
        }
        boolean display = !env.getOrDefault("DISPLAY", "").isEmpty() || !env.getOrDefault("WAYLAND_DISPLAY", "").isEmpty();
        return display ? List.of("xdg-open", page.toString()) : null;
    }

    @Override
    public boolean open(URI page) {
        List<String> command = command(page);
        if (command == null) {
            return false;
        }
        try {
            Process process = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File(os.contains("windows") ? "NUL" : "/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            // an opener that is still running has most likely started the browser in the foreground
            return !process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS) || process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
