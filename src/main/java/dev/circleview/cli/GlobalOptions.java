package dev.circleview.cli;

import dev.circleview.config.Settings;
import dev.circleview.term.ColorMode;
import dev.circleview.term.Hyperlink;
import dev.circleview.term.Pager;
import dev.circleview.term.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Options every command takes, before or after the subcommand's name. */
@Command(addMethodSubcommands = false)
public final class GlobalOptions {
    /** Lower-case choices for help and completion. */
    static final class ColorChoices implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of("auto", "always", "never").iterator();
        }
    }

    @Option(names = "--color", scope = ScopeType.INHERIT, paramLabel = "WHEN", completionCandidates = ColorChoices.class,
            description = "Colour output: ${COMPLETION-CANDIDATES} (default: auto, which honours NO_COLOR, "
                    + "CLICOLOR_FORCE and TERM=dumb, and colours only a terminal).")
    ColorMode color = ColorMode.AUTO;

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
            description = "CircleCI API root (env CIRCLE_VIEW_API_URL; default https://circleci.com/api/v1.1).")
    String apiUrl;

    @Option(names = "--timeout", scope = ScopeType.INHERIT, paramLabel = "SECONDS",
            description = "The most the command may take, retries included (default 60; for watch: the whole watch, default none).")
    Integer timeout;

    @Option(names = "--retries", scope = ScopeType.INHERIT, paramLabel = "N",
            description = "How often a failed read is tried again after a network error, 429 or 5xx (default 3).")
    Integer retries;

    @Option(names = "--cacert", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "Also trust the certificate authorities in this PEM file, for CircleCI server installs and "
                    + "proxies with a private CA (env CIRCLE_VIEW_CACERT). The system's authorities stay trusted.")
    Path caCert;

    @Option(names = "--allow-insecure-http", scope = ScopeType.INHERIT,
            description = "Allow a plain http:// API URL on a host other than loopback (sends the token unencrypted).")
    boolean allowInsecureHttp;

    public ColorMode color() {
        return color;
    }

    /**
     * The terminal as {@code --color} and {@code --no-hyperlinks} want it. {@code auto} keeps the
     * colour decision the terminal was made with (tty, NO_COLOR, CLICOLOR_FORCE, TERM), so it is taken
     * in one place only.
     */
    public Terminal terminal(Terminal base, Map<String, String> env) {
        Terminal colored = color == null || color == ColorMode.AUTO ? base : base.withColor(color, env);
        return colored.withLinks(!noHyperlinks && Hyperlink.allowed(env));
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
