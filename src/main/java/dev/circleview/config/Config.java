package dev.circleview.config;

import dev.circleview.core.Text;
import dev.circleview.term.ColorMode;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the config file says, checked and with {@code ${VAR}} references expanded; each setting null
 * when the file does not set it (or there is no file). {@link Settings} decides what wins.
 *
 * @param location     where the file is (or would be)
 * @param found        whether there is a file there
 * @param target       the API root, a URL already checked for shape
 * @param headers      extra request headers, names as written
 * @param tokenCommand a shell command whose first line of output is the token
 * @param cacert       a PEM file of extra certificate authorities
 * @param limit        the default {@code --limit}
 * @param color        the default {@code --color}
 * @param timeout      the default {@code --timeout}, in seconds
 * @param warning      a warning to print once (a literal secret in a file others can read), or null
 */
public record Config(Location location, boolean found, String target, Map<String, String> headers, String tokenCommand,
                     Path cacert, Integer limit, ColorMode color, Integer timeout, String warning) {
    /** The keys a config file may have, in the order docs/config.md lists them. */
    public static final List<String> KEYS = List.of("target", "headers", "token_command", "cacert", "limit", "color", "timeout");

    /** No file at all: every setting from flags, the environment and the defaults. */
    public static final Config NONE = new Config(new Location(null, Location.DEFAULT, false), false,
            null, Map.of(), null, null, null, null, null, null);

    public Config {
        headers = Map.copyOf(headers);
    }

    /**
     * Where the config file is looked for.
     *
     * @param path   the file; null when no default can be named (neither XDG_CONFIG_HOME nor HOME is set)
     * @param source what named it: {@code --config}, {@code CIRCLE_VIEW_CONFIG}, or {@link #DEFAULT}
     * @param named  whether it was named (then it must exist); a default file may be missing
     */
    public record Location(Path path, String source, boolean named) {
        public static final String DEFAULT = "default";

        /** The file for messages. */
        public String shown() {
            return path == null ? "(none: HOME is not set)" : Text.path(path);
        }
    }

    /** A config at {@code location} with no file there. */
    static Config missing(Location location) {
        return new Config(location, false, null, Map.of(), null, null, null, null, null, null);
    }
}
