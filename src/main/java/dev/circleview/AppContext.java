package dev.circleview;

import dev.circleview.api.CircleCiClient;
import dev.circleview.api.ClientListener;
import dev.circleview.api.ClientSettings;
import dev.circleview.api.Sleeper;
import dev.circleview.term.Terminal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What commands depend on, built once by {@link Main} (or by a test): the terminal, the clock, the
 * environment, the working folder, the browser, the installation, and the API client, created only
 * when a command first asks.
 */
public final class AppContext implements AutoCloseable {
    private final Terminal terminal;
    private final Clock clock;
    private final Map<String, String> env;
    private final Path cwd;
    private final Sleeper sleeper;
    private final Browser browser;
    private final Notifier notifier;
    private final Installation installation;
    private CircleCiClient client;

    /** A context whose browser and notifier are the desktop's ({@link SystemBrowser}, {@link SystemNotifier}). */
    public AppContext(Terminal terminal, Clock clock, Map<String, String> env, Path cwd, Sleeper sleeper) {
        this(terminal, clock, env, cwd, sleeper, new SystemBrowser(env), new SystemNotifier(env));
    }

    public AppContext(Terminal terminal, Clock clock, Map<String, String> env, Path cwd, Sleeper sleeper, Browser browser,
                      Notifier notifier) {
        this(terminal, clock, env, cwd, sleeper, browser, notifier, Installation.current());
    }

    public AppContext(Terminal terminal, Clock clock, Map<String, String> env, Path cwd, Sleeper sleeper, Browser browser,
                      Notifier notifier, Installation installation) {
        this.installation = installation;
        this.notifier = notifier;
        this.terminal = terminal;
        this.clock = clock;
        this.env = env;
        this.cwd = cwd;
        this.sleeper = sleeper;
        this.browser = browser;
    }

    public Terminal terminal() {
        return terminal;
    }

    public Clock clock() {
        return clock;
    }

    public Map<String, String> env() {
        return env;
    }

    public Path cwd() {
        return cwd;
    }

    /** What opens web pages ({@code --web}). */
    public Browser browser() {
        return browser;
    }

    /** What shows desktop notifications ({@code watch --notify}). */
    public Notifier notifier() {
        return notifier;
    }

    /** The Java runtime and the installed files ({@code doctor}). */
    public Installation installation() {
        return installation;
    }

    /** What waits between polls and retries ({@code watch}); tests record instead of sleeping. */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** The API client, made on first use with these settings. */
    public CircleCiClient client(ClientSettings settings, ClientListener listener) {
        if (client == null) {
            client = new CircleCiClient(settings, listener, sleeper);
        }
        return client;
    }

    /** The version from the build, or "dev" when run from classes without one. */
    public static String version() {
        try (InputStream in = AppContext.class.getResourceAsStream("version.txt")) {
            return in == null ? "dev" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "dev";
        }
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
        terminal.close();
    }
}
