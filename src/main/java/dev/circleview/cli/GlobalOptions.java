package dev.circleview.cli;

import dev.circleview.AppContext;
import dev.circleview.config.Config;
import dev.circleview.config.ConfigFile;
import dev.circleview.config.Settings;
import dev.circleview.core.CircleViewException;
import dev.circleview.term.ColorMode;
import dev.circleview.term.Hyperlink;
import dev.circleview.term.Pager;
import dev.circleview.term.Terminal;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Options every command takes, before or after the subcommand's name. */
public final class GlobalOptions {
    /** Lower-case choices for help and completion. */
    static final class ColorChoices implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of("auto", "always", "never").iterator();
        }
    }

    @Option(names = "--color", scope = ScopeType.INHERIT, paramLabel = "WHEN", completionCandidates = ColorChoices.class,
            description = "Colour output: ${COMPLETION-CANDIDATES} (default: color in the config file, else auto, which "
                    + "honours NO_COLOR, CLICOLOR_FORCE and TERM=dumb, and colours only a terminal).")
    ColorMode color;

    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "Read settings from this YAML file (env CIRCLE_VIEW_CONFIG; default "
                    + "$XDG_CONFIG_HOME/circle-view/config.yaml or ~/.config/circle-view/config.yaml; see docs/config.md).")
    Path configFile;

    @Option(names = "--no-hyperlinks", scope = ScopeType.INHERIT,
            description = "Print build numbers and addresses without terminal hyperlinks (env CIRCLE_VIEW_NO_HYPERLINKS; "
                    + "they are on only on a terminal with colour, and off for TERM=dumb).")
    boolean noHyperlinks;

    @Option(names = "--no-pager", scope = ScopeType.INHERIT,
            description = "Print long output (build, builds, tests, artifacts) straight to the terminal, not through "
                    + "the pager (env CIRCLE_VIEW_PAGER, else PAGER, else less -FRX; empty or cat for none).")
    boolean noPager;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print requests, statuses and timings on stderr (the token shows as ***), "
            + "and stack traces for errors.")
    boolean debug;

    @Option(names = "--api-url", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "CircleCI API root (env CIRCLE_VIEW_API_URL, else target in the config file; default "
                    + "https://circleci.com/api/v1.1).")
    String apiUrl;

    @Option(names = "--timeout", scope = ScopeType.INHERIT, paramLabel = "SECONDS",
            description = "The most the command may take, retries included (default: timeout in the config file, else 60; "
                    + "for watch: the whole watch, default none).")
    Integer timeout;

    @Option(names = "--retries", scope = ScopeType.INHERIT, paramLabel = "N",
            description = "How often a failed read is tried again after a network error, 429 or 5xx (default 3).")
    Integer retries;

    @Option(names = "--cacert", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "Also trust the certificate authorities in this PEM file, for CircleCI server installs and "
                    + "proxies with a private CA (env CIRCLE_VIEW_CACERT, else cacert in the config file). The system's "
                    + "authorities stay trusted.")
    Path caCert;

    @Option(names = "--allow-insecure-http", scope = ScopeType.INHERIT,
            description = "Allow a plain http:// API URL on a host other than loopback (sends the token unencrypted).")
    boolean allowInsecureHttp;

    /** The config file, read once per run; a warning it calls for is printed then. */
    private Config config;
    private CircleViewException configError;

    /** {@code --color}, or null when not given. */
    public ColorMode color() {
        return color;
    }

    /** Where the config file is (or would be). */
    public Config.Location configLocation(AppContext context) {
        return ConfigFile.locate(configFile, context.env(), context.cwd());
    }

    /**
     * The config file's settings ({@link Config#NONE}-like when there is none), read on first use;
     * an unreadable or invalid file is a {@link CircleViewException} (exit 3), each time it is asked for.
     */
    public Config config(AppContext context) {
        if (config == null && configError == null) {
            try {
                config = ConfigFile.load(configLocation(context), context.env());
            } catch (CircleViewException e) {
                configError = e;
            }
            if (config != null && config.warning() != null) {
                context.terminal().err().println(ErrorHandler.PREFIX + "warning: " + config.warning());
                context.terminal().err().flush();
            }
        }
        if (configError != null) {
            throw configError;
        }
        return config;
    }

    /**
     * The terminal with colour as {@link Settings#color} decides it ({@code --color}, the environment,
     * the config file), and hyperlinks as {@code --no-hyperlinks} and {@link Hyperlink#allowed} do (they
     * follow the colour decision: {@link Terminal#links}). {@code auto} keeps the colour decision the
     * terminal was made with (tty, NO_COLOR, CLICOLOR_FORCE, TERM), so it is taken in one place only.
     * A config file that cannot be read is left out here: the command that needs it reports it.
     */
    public Terminal terminal(AppContext context) {
        Config settings;
        try {
            settings = config(context);
        } catch (CircleViewException e) {
            settings = Config.NONE;
        }
        ColorMode mode = Settings.color(color, context.env(), settings);
        Terminal colored = mode == ColorMode.AUTO ? context.terminal() : context.terminal().withColor(mode, context.env());
        return colored.withLinks(!noHyperlinks && Hyperlink.allowed(context.env()));
    }

    /**
     * Sends {@code term}'s stdout through the pager the environment names ({@link Pager#command}),
     * unless {@code --no-pager}; only a terminal is ever paged, and only once output begins.
     */
    public void page(Terminal term, Map<String, String> env) {
        if (!noPager) {
            term.pageWith(Pager.command(env), env);
        }
    }

    public boolean debug() {
        return debug;
    }

    /** {@code --timeout} in seconds, or null when not given. */
    public Integer timeout() {
        return timeout;
    }

    /** The flags that shape the API client. */
    public Settings.ClientFlags clientFlags() {
        return new Settings.ClientFlags(apiUrl, timeout, retries, allowInsecureHttp, caCert);
    }
}
