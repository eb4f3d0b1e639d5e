package dev.circleview.core;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.reader.UnicodeReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads a small YAML file that people write (a catalog file, the config file) into SnakeYAML nodes.
 * Hostile files fail fast with one line naming the file and position (exit 3): the size, alias count
 * and nesting depth are capped, and duplicate keys are refused.
 *
 * <p>The file is read with SnakeYAML's composer rather than a Jackson tree: Jackson's YAML parser
 * neither resolves aliases (it hands back the anchor's name as text) nor applies the composer's
 * alias and depth limits.
 */
public final class YamlFile {
    static final int MAX_ALIASES = 20;
    static final int MAX_DEPTH = 40;

    /**
     * What is read, for messages.
     *
     * @param noun     what such a file is called ("catalog file")
     * @param maxBytes the most it may weigh
     * @param pathHint what to do when the file is missing or a folder ("check the path given to --catalog")
     * @param fixHint  what to do when it cannot be read or is invalid
     */
    public record Kind(String noun, long maxBytes, String pathHint, String fixHint) {
    }

    /** Receives each document of the file, in order, with its number (from 1). */
    @FunctionalInterface
    public interface DocumentHandler {
        void accept(int document, Node node);
    }

    private YamlFile() {
    }

    /**
     * Reads every document of {@code file}, handing each to {@code handler} (null or a null scalar for an
     * empty one; a mapping has been checked for duplicate keys).
     */
    public static void read(Path file, Kind kind, DocumentHandler handler) {
        String shown = Text.path(file);
        String text = load(file, shown, kind);
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit((int) kind.maxBytes());
        StreamReader stream = new StreamReader(text);
        MarkingParser parser = new MarkingParser(new ParserImpl(stream, options));
        Composer composer = new Composer(parser, new Resolver(), options);
        try {
            int document = 0;
            while (composer.checkNode()) {
                document++;
                Node node = composer.getNode();
                if (node instanceof MappingNode) {
                    checkDuplicateKeys(node, shown, kind, Collections.newSetFromMap(new IdentityHashMap<>()));
                }
                handler.accept(document, node);
            }
        } catch (MarkedYAMLException e) {
            Mark where = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            String why = problem != null && problem.contains("(TAB)")
                    ? "a tab where YAML allows only spaces (indent and separate with spaces)"
                    : Text.quoteForMessage(firstLine(problem));
            throw new NotConfiguredException((where == null ? shown : position(shown, where)) + ": invalid YAML: " + why,
                    kind.fixHint(), e);
        } catch (ReaderException e) {
            throw new NotConfiguredException(position(shown, text, e.getPosition()) + ": invalid YAML: the character "
                    + String.format("U+%04X", e.getCodePoint()) + " is not allowed in YAML", kind.fixHint(), e);
        } catch (YAMLException e) {
            // the composer's limits (aliases, depth, size) carry no position: use the event it stopped at
            throw new NotConfiguredException((parser.last == null ? shown : position(shown, parser.last)) + ": invalid YAML: "
                    + limitMessage(e.getMessage()), kind.fixHint(), e);
        } catch (NumberFormatException e) {
            // SnakeYAML reads the hex digits of an escape (x, u or U after a backslash) without checking that any are left
            throw new NotConfiguredException(position(shown, stream.getMark()) + ": invalid YAML: the file ends inside an "
                    + "escape sequence (\\x, \\u or \\U without its hex digits)", kind.fixHint(), e);
        } catch (IllegalArgumentException e) {
            // SnakeYAML builds a node's tag before checking it: a tag such as "!%a" decodes to one it then rejects
            throw new NotConfiguredException(position(shown, stream.getMark()) + ": invalid YAML: a tag (\"!...\") that is not valid",
                    kind.fixHint(), e);
        }
    }

    private static String load(Path file, String shown, Kind kind) {
        try {
            if (Files.isDirectory(file)) {
                throw new NotConfiguredException(shown + ": is a folder, not a " + kind.noun(), kind.pathHint());
            }
            long size = Files.size(file);
            if (size > kind.maxBytes()) {
                throw tooBig(shown, size, kind);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                // the size may change, or not be known (a pipe): never read more than the cap
                bytes = in.readNBytes((int) kind.maxBytes() + 1);
            }
            if (bytes.length > kind.maxBytes()) {
                throw tooBig(shown, bytes.length, kind);
            }
            // UnicodeReader drops a byte order mark and honours a UTF-16 or UTF-32 one
            StringWriter out = new StringWriter();
            try (Reader reader = new UnicodeReader(new ByteArrayInputStream(bytes))) {
                reader.transferTo(out);
            }
            return out.toString();
        } catch (NoSuchFileException e) {
            throw new NotConfiguredException(shown + ": no such file", kind.pathHint());
        } catch (CharacterCodingException e) {
            throw new NotConfiguredException(shown + ": invalid YAML: the file is not UTF-8 text", kind.fixHint(), e);
        } catch (IOException e) {
            throw new NotConfiguredException(shown + ": cannot read it (" + e.getClass().getSimpleName() + ")", kind.fixHint(), e);
        }
    }

    private static NotConfiguredException tooBig(String shown, long size, Kind kind) {
        return new NotConfiguredException(shown + ": the file is " + size + " bytes; a " + kind.noun() + " may have at most "
                + kind.maxBytes() + " bytes", kind.fixHint());
    }

    /** The value of the first entry whose key is the text {@code key}, or null. */
    public static Node get(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && key.equals(k.getValue())) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    private static void checkDuplicateKeys(Node node, String shown, Kind kind, Set<Node> seen) {
        if (!seen.add(node)) {
            return;
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Mark> keys = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && !Tag.MERGE.equals(key.getTag())) {
                    Mark first = keys.putIfAbsent(key.getValue(), key.getStartMark());
                    if (first != null) {
                        throw new NotConfiguredException(position(shown, key.getStartMark()) + ": invalid YAML: duplicate key \""
                                + Text.quoteForMessage(key.getValue()) + "\" (first on line " + (first.getLine() + 1) + ")",
                                kind.fixHint());
                    }
                }
                checkDuplicateKeys(tuple.getKeyNode(), shown, kind, seen);
                checkDuplicateKeys(tuple.getValueNode(), shown, kind, seen);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                checkDuplicateKeys(item, shown, kind, seen);
            }
        }
    }

    /** A scalar's text; null for anything else and for YAML's null. */
    public static String text(Node node) {
        return node instanceof ScalarNode scalar && !isNull(scalar) ? scalar.getValue() : null;
    }

    public static boolean isNull(Node node) {
        return node == null || node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    public static boolean isNumber(ScalarNode node) {
        return Tag.INT.equals(node.getTag()) || Tag.FLOAT.equals(node.getTag());
    }

    public static boolean isBoolean(ScalarNode node) {
        return Tag.BOOL.equals(node.getTag());
    }

    /** What a node is, for messages: "a list", "a mapping", "a number", "text", ... */
    public static String kindOf(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof ScalarNode scalar) {
            return isNull(scalar) ? "empty" : isNumber(scalar) ? "a number" : isBoolean(scalar) ? "a boolean" : "text";
        }
        return "empty";
    }

    /** {@code FILE:LINE:COLUMN}, counted from 1, of where {@code node} starts. */
    public static String position(String file, Node node) {
        return position(file, node.getStartMark());
    }

    private static String position(String file, Mark where) {
        return file + ":" + (where.getLine() + 1) + ":" + (where.getColumn() + 1);
    }

    /** The position of the {@code index}-th code point of {@code text}. */
    private static String position(String file, String text, int index) {
        int line = 1;
        int column = 1;
        int[] codePoints = text.codePoints().limit(Math.max(0, index)).toArray();
        for (int i = 0; i < codePoints.length; i++) {
            int cp = codePoints[i];
            if (cp == '\n' || (cp == '\r' && (i + 1 >= codePoints.length || codePoints[i + 1] != '\n'))) {
                line++;
                column = 1;
            } else if (cp != '\r') {
                column++;
            }
        }
        return file + ":" + line + ":" + column;
    }

    private static String limitMessage(String message) {
        String m = message == null ? "" : message;
        if (m.startsWith("Number of aliases")) {
            return "more than " + MAX_ALIASES + " aliases of lists or mappings, which could expand into a huge document";
        }
        if (m.startsWith("Nesting Depth")) {
            return "nested deeper than " + MAX_DEPTH + " levels";
        }
        return Text.quoteForMessage(firstLine(m));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    /** Remembers where the last event began, for the composer's limit errors, which carry no position. */
    private static final class MarkingParser implements Parser {
        private final Parser delegate;
        private Mark last;

        MarkingParser(Parser delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return delegate.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return delegate.peekEvent();
        }

        @Override
        public Event getEvent() {
            Event event = delegate.getEvent();
            if (event != null) {
                last = event.getStartMark();
            }
            return event;
        }
    }
}
