package dev.circleview.cli;

import dev.circleview.term.ColorMode;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;
import java.util.List;

/** Options every command takes, before or after the subcommand's name: flags only; {@code app.Session} resolves them. */
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

    /** {@code --color}, or null when not given. */
    public ColorMode color() {
        return color;
    }

    /** {@code --config}, or null when not given. */
    public Path configFile() {
        return configFile;
    }

    public boolean noHyperlinks() {
        return noHyperlinks;
    }

    public boolean noPager() {
        return noPager;
    }

    public boolean debug() {
        return debug;
    }

    /** {@code --timeout} in seconds, or null when not given. */
    public Integer timeout() {
        return timeout;
    }

    public String apiUrl() {
        return apiUrl;
    }

    public Integer retries() {
        return retries;
    }

    public boolean allowInsecureHttp() {
        return allowInsecureHttp;
    }

    public Path caCert() {
        return caCert;
    }
}
