package dev.circleview.config;

import dev.circleview.core.NotConfiguredException;
import dev.circleview.core.Text;
import dev.circleview.core.YamlFile;
import dev.circleview.term.ColorMode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.circleview.core.YamlFile.isBoolean;
import static dev.circleview.core.YamlFile.isNull;
import static dev.circleview.core.YamlFile.isNumber;
import static dev.circleview.core.YamlFile.kindOf;

/**
 * Reads and checks the config file (see docs/config.md): one mapping of known keys, each of its
 * type, {@code ${VAR}} references expanded from the environment. Anything else is one
 * {@link NotConfiguredException} (exit 3) that names the file, line and column, and what to fix.
 */
final class ConfigReader {
    static final long MAX_BYTES = 64 * 1024;
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** An HTTP header name (RFC 9110 token). */
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /** A value made only of references, perhaps after an authentication scheme: {@code Bearer ${TOKEN}}. */
    private static final Pattern ONLY_REFERENCES =
            Pattern.compile("(?:[A-Za-z][A-Za-z0-9._-]*\\s+)?(?:\\$\\{[A-Za-z_][A-Za-z0-9_]*}[\\s:]*)+");
    /** Headers that circle-view or Java's HTTP client set themselves. */
    private static final Set<String> RESERVED = Set.of("accept", "user-agent", "content-type", "content-length",
            "connection", "expect", "host", "upgrade");

    private final String shown;
    private final Path file;
    private final Map<String, String> env;
    private final String hint;

    private ConfigReader(Path file, Map<String, String> env) {
        this.file = file;
        this.shown = Text.path(file);
        this.env = env;
        this.hint = "fix " + shown + " (the keys are described in docs/config.md)";
    }

    /** The file at {@code location}, which exists; {@code othersMayRead} decides the literal-secret warning. */
    static Config read(Config.Location location, Map<String, String> env, boolean othersMayRead) {
        return new ConfigReader(location.path(), env).read(location, othersMayRead);
    }

    private Config read(Config.Location location, boolean othersMayRead) {
        YamlFile.Kind kind = new YamlFile.Kind("config file", MAX_BYTES,
                "check the path named by " + location.source(), hint);
        Node[] document = new Node[1];
        YamlFile.read(file, kind, (number, node) -> {
            if (number > 1) {
                throw error(node, "a config file holds one YAML document; remove the second \"---\" and what follows");
            }
            document[0] = node;
        });
        Node root = document[0];
        if (isNull(root)) {
            return new Config(location, true, null, Map.of(), null, null, null, null, null, null);
        }
        if (!(root instanceof MappingNode mapping)) {
            throw error(root, "the file is " + kindOf(root) + ", not a mapping of settings such as \"target: URL\"");
        }
        String target = null;
        Map<String, String> headers = Map.of();
        String literal = null;
        String tokenCommand = null;
        Path cacert = null;
        Integer limit = null;
        ColorMode color = null;
        Integer timeout = null;
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Node value = tuple.getValueNode();
            String key = keyNode instanceof ScalarNode k && !isNull(k) ? k.getValue() : null;
            if (key == null || !Config.KEYS.contains(key)) {
                throw error(keyNode, (key == null ? "a key that is " + kindOf(keyNode) : "unknown key \"" + Text.quoteForMessage(key) + "\"")
                        + "; the keys are " + String.join(", ", Config.KEYS));
            }
            if (isNull(value)) {
                continue;
            }
            switch (key) {
                case "target" -> target = target(value);
                case "headers" -> {
                    headers = headers(value);
                    literal = literalSecret((MappingNode) value);
                }
                case "token_command" -> tokenCommand = text(value, key, "a shell command");
                case "cacert" -> cacert = cacert(value);
                case "limit" -> limit = number(value, key, 1, Settings.MAX_LIMIT);
                case "color" -> color = color(value);
                case "timeout" -> timeout = number(value, key, 1, 24 * 60 * 60);
                default -> throw new IllegalStateException(key);
            }
        }
        String warning = othersMayRead && literal != null
                ? shown + " is readable by others and holds a literal secret in headers." + literal + "; chmod 600 " + shown
                + " or use ${VAR}"
                : null;
        return new Config(location, true, target, headers, tokenCommand, cacert, limit, color, timeout, warning);
    }

    private String target(Node value) {
        String url = expand(text(value, "target", "a URL such as https://circleci.com/api/v1.1"), value, "target").strip();
        String problem = Settings.urlProblem(url);
        if (problem != null) {
            throw error(value, "target \"" + Text.quoteForMessage(Settings.withoutCredentials(url)) + "\" is not an API root: " + problem);
        }
        return url;
    }

    private Map<String, String> headers(Node value) {
        if (!(value instanceof MappingNode mapping)) {
            throw error(value, "headers is " + kindOf(value) + ", not a mapping of header names to values");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String name = tuple.getKeyNode() instanceof ScalarNode k && !isNull(k) ? k.getValue() : "";
            if (!HEADER_NAME.matcher(name).matches()) {
                throw error(tuple.getKeyNode(), "headers: \"" + Text.quoteForMessage(name) + "\" is not an HTTP header name");
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (RESERVED.contains(lower)) {
                throw error(tuple.getKeyNode(), "headers." + name + " cannot be set: circle-view or its HTTP client sets it");
            }
            String before = seen.put(lower, name);
            if (before != null) {
                throw error(tuple.getKeyNode(), "headers." + name + " repeats headers." + before + " (header names ignore case)");
            }
            Node node = tuple.getValueNode();
            if (!(node instanceof ScalarNode scalar) || isNull(scalar)) {
                throw error(node, "headers." + name + " is " + kindOf(node) + ", not the header's value");
            }
            String expanded = expand(scalar.getValue(), node, "headers." + name).strip();
            for (int i = 0; i < expanded.length(); i++) {
                char c = expanded.charAt(i);
                if ((c < 0x20 && c != '\t') || c >= 0x7f) {
                    // the value is a secret: say where, never what
                    throw error(node, "headers." + name + " holds a character that cannot be sent in an HTTP header (at position "
                            + (i + 1) + " of " + expanded.length() + ", after expanding ${VAR} references)");
                }
            }
            if (expanded.isEmpty()) {
                throw error(node, "headers." + name + " is empty");
            }
            headers.put(name, expanded);
        }
        return headers;
    }

    /** The first header whose value, as written, holds more than {@code ${VAR}} references (and a scheme). */
    private static String literalSecret(MappingNode headers) {
        for (NodeTuple tuple : headers.getValue()) {
            String raw = ((ScalarNode) tuple.getValueNode()).getValue().strip();
            if (!ONLY_REFERENCES.matcher(raw).matches()) {
                return ((ScalarNode) tuple.getKeyNode()).getValue();
            }
        }
        return null;
    }

    private Path cacert(Node value) {
        String raw = expand(text(value, "cacert", "the path of a PEM file"), value, "cacert").strip();
        String home = env.get("HOME");
        Path path = raw.startsWith("~/") && home != null && !home.isBlank()
                ? Path.of(home).resolve(raw.substring(2))
                : file.toAbsolutePath().getParent().resolve(raw);
        if (!Files.isRegularFile(path)) {
            throw error(value, "cacert " + Text.path(path) + ": no such file");
        }
        return path;
    }

    private ColorMode color(Node value) {
        String word = value instanceof ScalarNode scalar && !isBoolean(scalar) && !isNumber(scalar) ? scalar.getValue() : "";
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "auto" -> ColorMode.AUTO;
            case "always" -> ColorMode.ALWAYS;
            case "never" -> ColorMode.NEVER;
            default -> throw error(value, "color is " + (word.isEmpty() ? kindOf(value) : "\"" + Text.quoteForMessage(word) + "\"")
                    + "; it must be auto, always or never");
        };
    }

    private Integer number(Node value, String key, int min, int max) {
        if (value instanceof ScalarNode scalar && isNumber(scalar)) {
            try {
                int n = Integer.parseInt(scalar.getValue().replace("_", ""));
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // not a plain whole number: reported below
            }
            throw error(value, key + " is " + Text.quoteForMessage(scalar.getValue()) + "; it must be a whole number from "
                    + min + " to " + max);
        }
        throw error(value, key + " is " + kindOf(value) + ", not a whole number");
    }

    /** A scalar that is text (not a number, boolean, list or mapping). */
    private String text(Node value, String key, String what) {
        if (value instanceof ScalarNode scalar && !isNumber(scalar) && !isBoolean(scalar) && !scalar.getValue().isBlank()) {
            return scalar.getValue();
        }
        throw error(value, key + " is " + (value instanceof ScalarNode s && s.getValue().isBlank() ? "blank" : kindOf(value))
                + ", not " + what);
    }

    /** {@code value} with each {@code ${NAME}} replaced by the variable's value; an unset or empty one is an error. */
    private String expand(String value, Node node, String key) {
        int open = value.indexOf("${");
        if (open >= 0 && value.indexOf('}', open) < 0) {
            throw error(node, key + " has a \"${\" without its closing \"}\"");
        }
        Matcher m = REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (!NAME.matcher(name).matches()) {
                throw error(node, key + " has \"${" + Text.quoteForMessage(name) + "}\", which is not a variable name "
                        + "(letters, digits and _)");
            }
            String variable = env.get(name);
            if (variable == null || variable.isEmpty()) {
                throw new NotConfiguredException(YamlFile.position(shown, node) + ": " + key + " uses ${" + name + "}, which is "
                        + (variable == null ? "not set" : "empty"), "set " + name + " in the environment, or change " + shown);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(variable));
        }
        m.appendTail(out);
        return out.toString();
    }

    private NotConfiguredException error(Node node, String message) {
        return new NotConfiguredException(YamlFile.position(shown, node) + ": " + message, hint);
    }
}
