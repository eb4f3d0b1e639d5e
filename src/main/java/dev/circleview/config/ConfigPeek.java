package dev.circleview.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap look at the config file before the command line is parsed, for the preconnect
 * ({@code startup/Warmup}): the {@code target} and {@code cacert} it sets, read line by line without
 * loading the YAML reader, when the file is plain enough for that. Anything else (a quoted, flow or
 * block value, {@code ${VAR}} references, anchors, several documents, a value on the next line, a
 * target {@link Settings} would refuse, a cacert that is not there) makes the look
 * {@linkplain #known() unknown}, never a guess: {@link ConfigFile#load} alone decides, later.
 *
 * @param known  whether the file (or its absence) was understood; when not, no host may be guessed
 * @param target the {@code target} the file sets, or null (then the default, when known)
 * @param cacert the {@code cacert} file the file sets, resolved as {@link ConfigFile#load} does, or null
 */
public record ConfigPeek(boolean known, String target, Path cacert) {
    private static final ConfigPeek UNKNOWN = new ConfigPeek(false, null, null);
    private static final ConfigPeek NO_FILE = new ConfigPeek(true, null, null);
    /** Bigger than any file {@link ConfigFile#load} accepts. */
    private static final int MAX_BYTES = 64 * 1024;
    /** A top-level {@code key: value} line: a plain key, and the value (if any) after a space. */
    private static final Pattern TOP_LEVEL = Pattern.compile("([a-z_]+):(?:[ \\t]+(.*))?");
    /** A plain scalar that means itself: no quotes, flow or block markers, anchors, aliases, tags or references. */
    private static final Pattern PLAIN = Pattern.compile("[^\\s'\"{}\\[\\]|>&*!%@`#$,?:-][^\\s$]*");

    /** The file at {@code location}, as far as a line-by-line look can tell. */
    public static ConfigPeek of(Config.Location location, Map<String, String> env) {
        Path file = location.path();
        if (file == null) {
            return NO_FILE;
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            return location.named() ? UNKNOWN : NO_FILE;
        } catch (IOException | SecurityException e) {
            return UNKNOWN;
        }
        return bytes.length > MAX_BYTES ? UNKNOWN : peek(new String(bytes, StandardCharsets.UTF_8), file, env);
    }

    private static ConfigPeek peek(String text, Path file, Map<String, String> env) {
        Map<String, String> values = new HashMap<>();
        Set<String> keys = new HashSet<>();
        String last = null;
        for (String line : text.split("\n", -1)) {
            String content = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (content.isBlank() || content.stripLeading().startsWith("#")) {
                continue;
            }
            if (content.startsWith(" ") || content.startsWith("\t")) {
                // more of the value above: fine under headers, but a target or cacert that goes on is not plain
                if (isTargetOrCacert(last)) {
                    return UNKNOWN;
                }
                continue;
            }
            Matcher m = TOP_LEVEL.matcher(content);
            if (!m.matches() || !Config.KEYS.contains(m.group(1)) || !keys.add(m.group(1))) {
                return UNKNOWN;
            }
            last = m.group(1);
            String value = m.group(2) == null ? "" : m.group(2).strip();
            if (isTargetOrCacert(last)) {
                value = withoutComment(value);
                if (!PLAIN.matcher(value).matches()) {
                    return UNKNOWN;
                }
                values.put(last, value);
            } else if (!endsOnThisLine(value)) {
                return UNKNOWN;
            }
        }
        String target = values.get("target");
        if (target != null && Settings.urlProblem(target) != null) {
            return UNKNOWN;
        }
        Path cacert = null;
        try {
            cacert = values.containsKey("cacert") ? cacertPath(values.get("cacert"), file, env) : null;
        } catch (InvalidPathException e) {
            return UNKNOWN;
        }
        if (cacert != null && !Files.isRegularFile(cacert)) {
            return UNKNOWN;
        }
        return new ConfigPeek(true, target, cacert);
    }

    private static boolean isTargetOrCacert(String key) {
        return "target".equals(key) || "cacert".equals(key);
    }

    /** {@code value} up to a comment (a {@code #} after a space), trimmed. */
    private static String withoutComment(String value) {
        int hash = value.indexOf(" #");
        return (hash < 0 ? value : value.substring(0, hash)).strip();
    }

    /**
     * Whether another key's value cannot run on to the next line at the left margin (where it could
     * pass for a key): not a flow collection, and a quoted value closed on its line.
     */
    private static boolean endsOnThisLine(String value) {
        if (value.startsWith("{") || value.startsWith("[")) {
            return false;
        }
        if (value.startsWith("\"")) {
            for (int i = 1; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    return true;
                }
            }
            return false;
        }
        // in single quotes '' stands for a quote: the value is closed when the count is even
        return !value.startsWith("'") || value.chars().filter(c -> c == '\'').count() % 2 == 0;
    }

    /** As {@code ConfigReader} resolves it: {@code ~/} from HOME, else from the file's folder. */
    private static Path cacertPath(String value, Path file, Map<String, String> env) {
        String home = env.get("HOME");
        return value.startsWith("~/") && home != null && !home.isBlank()
                ? Path.of(home).resolve(value.substring(2))
                : file.toAbsolutePath().getParent().resolve(value);
    }
}
