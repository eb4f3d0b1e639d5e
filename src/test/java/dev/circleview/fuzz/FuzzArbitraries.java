package dev.circleview.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The generators the property tests share: hostile text, slug-like strings, catalog documents and
 * API answers. Each generator is biased towards the inputs that break parsers and terminals (escape
 * sequences, controls, bidi overrides, wide and zero-width characters, extremes), with plain values
 * mixed in so that the happy paths are covered too.
 */
final class FuzzArbitraries {
    private FuzzArbitraries() {
    }

    // ------------------------------------------------------------------------------------------
    // hostile text
    // ------------------------------------------------------------------------------------------

    /** Escape sequences and controls, whole and cut short, in their 7-bit and C1 forms. */
    static final List<String> CONTROL_SEQUENCES = List.of(
            // CSI
            "\u001b[31m", "\u001b[0m", "\u001b[1;38;5;196m", "\u001b[2J", "\u001b[H", "\u001b[?25l", "\u001b[2 q",
            "\u001b[6n", "\u001b[", "\u001b[31",
            // OSC: title, hyperlink (OSC 8), clipboard; ended by BEL, by ST, or not at all
            "\u001b]0;pwned\u0007", "\u001b]2;title\u001b\\", "\u001b]8;;https://evil.example/\u001b\\",
            "\u001b]8;;\u0007", "\u001b]52;c;cm0gLXJmIH4=\u0007", "\u001b]0;unterminated",
            // DCS, SOS, PM, APC
            "\u001bP1$r0m\u001b\\", "\u001bPq#0;2;0;0;0\u0007x\u001b\\", "\u001bXsos\u001b\\", "\u001b^pm\u009c",
            "\u001b_apc\u001b\\",
            // two-character sequences and a lone ESC
            "\u001b(0", "\u001b#8", "\u001bc", "\u001b7", "\u001b",
            // C1 forms
            "\u009b31m", "\u009b2J", "\u009d0;title\u009c", "\u009d8;;http://x\u0007", "\u0090q\u009c", "\u0085",
            "\u0080", "\u009f", "\u009b",
            // other C0 controls and DEL
            "\u0007", "\r", "\n", "\r\n", "\b", "\b\b\b", "\t", "\u007f", "\u0000", "\u000b", "\u000c", "\u001a",
            // bidi overrides, isolates and marks
            "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
            "\u200e", "\u200f", "\u061c", "\u202eevil\u202c");

    /** Text that is safe but hard to measure: wide, zero-width, combining, astral, separators. */
    static final List<String> ODD_TEXT = List.of(
            "修复登录", "中文提交", "한국어", "ｆｕｌｌ", "ｱｲｳ", "🚀", "✅", "👨\u200d👩\u200d👧", "🏳\ufe0f\u200d🌈", "e\u0301",
            "\u200d", "\ufe0f", "\u00a0", "\u200b", "\ufeff", "\u2028", "\u2029", "𝕏𝕐", "😀", "\u1100\u1161\u11a8",
            "\u0e01\u0e34", "é", "ß", "Ω", "…", "✓", "●");

    static final List<String> WORDS = List.of(
            "Fix", "the", "build", "main", "feature/login", "release/2.4", "alice", "bob", "deploy", "test", "ci",
            "nightly", "3f9c2e1", "success", "failed", "running", "Bump jackson to 2.23", "a", "", " ", "-", "#42");

    static Arbitrary<String> hostileFragment() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(CONTROL_SEQUENCES)),
                Tuple.of(2, Arbitraries.of(ODD_TEXT)),
                Tuple.of(4, Arbitraries.of(WORDS)),
                Tuple.of(2, Arbitraries.strings().alpha().numeric().withChars(" /._-").ofMaxLength(12)),
                Tuple.of(1, unicodeText(6)));
    }

    /** Mostly short mixes of words and hostile fragments; sometimes very long; never a lone surrogate. */
    static Arbitrary<String> hostileText() {
        Arbitrary<String> mixed = hostileFragment().list().ofMaxSize(8).map(parts -> String.join("", parts));
        Arbitrary<String> veryLong = Combinators.combine(mixed, Arbitraries.integers().between(50, 400))
                .as((s, n) -> (s.isEmpty() ? "long " : s).repeat(Math.max(1, n / Math.max(1, s.length()))));
        return Arbitraries.frequencyOf(
                Tuple.of(10, mixed),
                Tuple.of(1, veryLong),
                Tuple.of(2, unicodeText(20)));
    }

    /** Any code points of every plane (controls included), as valid UTF-16: no lone surrogates. */
    static Arbitrary<String> unicodeText(int maxCodePoints) {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 0x7f)),
                Tuple.of(2, Arbitraries.integers().between(0x80, 0x2fff)),
                Tuple.of(1, Arbitraries.integers().between(0x3000, 0xd7ff)),
                Tuple.of(1, Arbitraries.integers().between(0xe000, 0xffff)),
                Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10ffff)));
        return codePoint.list().ofMaxSize(maxCodePoints)
                .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()));
    }

    /** Any string at all, lone surrogates included, and the hostile mixes. */
    static Arbitrary<String> anyString() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple.of(3, hostileText()),
                Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(40)),
                Tuple.of(1, Arbitraries.strings().withCharRange('\u2000', '\u206f').ofMaxLength(20)));
    }

    // ------------------------------------------------------------------------------------------
    // project slugs
    // ------------------------------------------------------------------------------------------

    private static final String PART_CHARS = "abcxyzABCXYZ0189_.-";

    /** Characters that must not pass as part of a slug, or that look like ones that may. */
    private static final List<String> ODD_PART_CHARS = List.of(
            "/", ".", "%", " ", "\t", "\n", "\u0000", "\u001b", "\u007f", "\u0085", "\u009b", "\u202e", "\u2066", "é",
            "ａ", "٣", "\u212a", "ı", "\u0130", "\u00a0", "\u200b", "\ufeff", "😀", "?", "#", "&", "=", "\\", ":", "@",
            "~", "+", "*", "'", "\"", "<", ">");

    private static final List<String> ODD_PARTS = List.of(
            ".", "..", "...", "%2e%2e", "%2E%2e", ".%2e", "%2F", "%00", "%", "", " ", "a b", "-", "_", ".git", "..git",
            "a..b", "./", "\u2024\u2024", "．．", "%c0%ae", "CON", "a\nb", "acme\u001b[31m");

    private static final List<String> VCS = List.of("github", "gh", "bitbucket", "bb", "circleci");

    private static final List<String> ODD_VCS = List.of(
            "GitHub", "GH", "gitlab", "", " github", "github ", "github\n", "githu\u0431", "ｇｉｔｈｕｂ", "circleci\u0000");

    /** Strings shaped like slugs: a VCS word and parts joined by slashes, mostly valid, often subtly not. */
    static Arbitrary<String> slugLike() {
        Arbitrary<String> goodPart = Arbitraries.strings().withChars(PART_CHARS).ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> oddChar = Arbitraries.of(ODD_PART_CHARS);
        Arbitrary<String> mixedPart = Combinators.combine(goodPart, oddChar, goodPart, Arbitraries.integers().between(0, 2))
                .as((a, odd, b, where) -> switch (where) {
                    case 0 -> odd + a;
                    case 1 -> a + odd + b;
                    default -> a + odd;
                });
        Arbitrary<String> part = Arbitraries.frequencyOf(
                Tuple.of(16, goodPart),
                Tuple.of(3, mixedPart),
                Tuple.of(2, Arbitraries.of(ODD_PARTS)),
                Tuple.of(1, hostileFragment()));
        Arbitrary<String> first = Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.of(VCS)),
                Tuple.of(2, Arbitraries.of(ODD_VCS)),
                Tuple.of(1, part));
        Arbitrary<List<String>> rest = Arbitraries.frequencyOf(
                Tuple.of(6, part.list().ofSize(2)),
                Tuple.of(2, part.list().ofMinSize(0).ofMaxSize(4)));
        Arbitrary<String> separator = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just("/")),
                Tuple.of(1, Arbitraries.of("//", "\\", "%2F", " / ")));
        Arbitrary<String> around = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just("")),
                Tuple.of(1, Arbitraries.of(" ", "/", "\n", "\t", "\u00a0")));
        return Combinators.combine(first, rest, separator, around)
                .as((vcs, parts, sep, edge) -> {
                    StringBuilder sb = new StringBuilder(vcs);
                    for (String p : parts) {
                        sb.append(sep).append(p);
                    }
                    return edge.equals("/") ? sb + edge : edge + sb + edge;
                })
                // the parts' edge cases combine into thousands; the odd parts above already hold the interesting ones
                .withoutEdgeCases();
    }

    // ------------------------------------------------------------------------------------------
    // catalog files
    // ------------------------------------------------------------------------------------------

    /** A YAML node before it is written out: block or flow collections, scalars, anchors and aliases. */
    sealed interface Yaml permits Yaml.Scalar, Yaml.Seq, Yaml.Mapping, Yaml.Anchored, Yaml.Alias, Yaml.Raw {
        /** A scalar, already in YAML syntax (plain, quoted, a number, a tag and value...). */
        record Scalar(String text) implements Yaml {
        }

        record Seq(List<Yaml> items, boolean flow) implements Yaml {
        }

        record Mapping(List<Map.Entry<String, Yaml>> entries, boolean flow) implements Yaml {
        }

        record Anchored(String anchor, Yaml node) implements Yaml {
        }

        record Alias(String anchor) implements Yaml {
        }

        /** Text written as it is, on the line of its key (flow nesting, broken quotes, a stray block). */
        record Raw(String text) implements Yaml {
        }
    }

    /** Writes a node as the value of a key (or a list item) at {@code indent}. */
    static String emit(Yaml node, int indent) {
        String pad = " ".repeat(indent);
        if (node instanceof Yaml.Anchored a) {
            return " &" + a.anchor() + emit(a.node(), indent);
        }
        if (node instanceof Yaml.Seq s && !s.flow() && !s.items().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (Yaml item : s.items()) {
                // collections inside a list item are written in flow style: block ones would need a second indent
                sb.append('\n').append(pad).append("  -").append(item instanceof Yaml.Seq || item instanceof Yaml.Mapping
                        ? " " + flow(item) : emit(item, indent + 4));
            }
            return sb.toString();
        }
        if (node instanceof Yaml.Mapping m && !m.flow() && !m.entries().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, Yaml> e : m.entries()) {
                sb.append('\n').append(pad).append("  ").append(e.getKey()).append(':').append(emit(e.getValue(), indent + 2));
            }
            return sb.toString();
        }
        return " " + flow(node);
    }

    static String flow(Yaml node) {
        if (node instanceof Yaml.Scalar s) {
            return s.text();
        }
        if (node instanceof Yaml.Raw r) {
            return r.text();
        }
        if (node instanceof Yaml.Alias a) {
            return "*" + a.anchor();
        }
        if (node instanceof Yaml.Anchored a) {
            return "&" + a.anchor() + " " + flow(a.node());
        }
        if (node instanceof Yaml.Seq s) {
            return "[" + String.join(", ", s.items().stream().map(FuzzArbitraries::flow).toList()) + "]";
        }
        Yaml.Mapping m = (Yaml.Mapping) node;
        return "{" + String.join(", ", m.entries().stream().map(e -> e.getKey() + ": " + flow(e.getValue())).toList()) + "}";
    }

    /** A whole document: the top-level mapping's entries, one per line. */
    static String document(Yaml.Mapping top) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Yaml> e : top.entries()) {
            sb.append(e.getKey()).append(':').append(emit(e.getValue(), 0)).append('\n');
        }
        return sb.toString();
    }

    /**
     * A scalar. A clean one is valid YAML (though its value, once the escapes are read, may hold
     * anything); a hostile one may also be raw control characters, broken quoting or stray syntax.
     */
    private static Arbitrary<Yaml> scalar(boolean hostile) {
        Arbitrary<String> plain = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of("github/acme/svc", "gh/acme/svc", "bb/team/repo", "circleci/8e1f-22aa/0b3c-99",
                        "Component", "API", "System", "svc", "backstage.io/v1alpha1", "team-a", "production")),
                Tuple.of(2, slugLike().filter(s -> s.matches("[A-Za-z0-9_./-]+") && !s.startsWith("-"))),
                Tuple.of(2, Arbitraries.strings().alpha().numeric().withChars("/._-").ofMinLength(1).ofMaxLength(16)
                        .filter(s -> Character.isLetterOrDigit(s.charAt(0)))));
        Arbitrary<String> doubleQuoted = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(WORDS)),
                Tuple.of(3, Arbitraries.of("\\e[31m", "\\x1b]0;pwned\\x07", "\\x9b2J", "\\u202e", "\\u2066", "\\t", "\\n",
                        "\\r", "\\0", "\\b", "\\x7f", "\\e]8;;http://evil/\\e\\\\", "\\N", "\\_", "\\L", "\\P", "\\U0001F680")),
                Tuple.of(2, slugLike().map(FuzzArbitraries::yamlEscape)),
                Tuple.of(1, hostileText().map(FuzzArbitraries::yamlEscape)))
                .list().ofMaxSize(5).map(parts -> "\"" + String.join("", parts) + "\"");
        Arbitrary<String> singleQuoted = Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.of(ODD_TEXT))
                .map(s -> "'" + s.replace("'", "''") + "'");
        Arbitrary<String> typed = Arbitraries.of(
                "42", "-1", "3.14", "1e3", "0x1F", "0o17", ".inf", "-.Inf", ".NaN", "true", "false", "yes", "no", "on", "off",
                "~", "null", "Null", "''", "\"\"", "!!str 42", "!!int 42", "!!binary aGVsbG8=", "!custom x", "!!null ''",
                "!<tag:yaml.org,2002:str> x", "2026-11-28", "2026-11-28T12:00:00Z", "=", "<<", "\"\\e[31m\"");
        if (!hostile) {
            return Arbitraries.frequencyOf(
                    Tuple.of(10, plain),
                    Tuple.of(4, doubleQuoted),
                    Tuple.of(1, singleQuoted),
                    Tuple.of(2, typed)).map(Yaml.Scalar::new);
        }
        Arbitrary<String> broken = Arbitraries.of(
                "!!map {}", "!!seq []", "|\n  literal block\n", ">-\n  folded\n  block\n", "\"unterminated", "'unterminated",
                "a: b", "- item", "# comment", "@reserved", "`reserved", "%percent", "&", "*", "!", "|", ">", "?", "{", "}",
                "[", "]", ",");
        Arbitrary<String> raw = Arbitraries.frequencyOf(
                Tuple.of(4, hostileFragment()),
                Tuple.of(1, Arbitraries.of(ODD_TEXT)),
                Tuple.of(1, slugLike().map(s -> "'" + s.replace("'", "''") + "'")));
        return Arbitraries.frequencyOf(
                Tuple.of(4, scalar(false)),
                Tuple.of(2, broken.map(Yaml.Scalar::new)),
                Tuple.of(2, raw.map(Yaml.Scalar::new)));
    }

    /** Escapes text for a double-quoted YAML scalar, so that any character can reach the parser. */
    static String yamlEscape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp == 0xfeff || (cp >= 0xd800 && cp <= 0xdfff)) {
                sb.append(String.format("\\x%02x", cp & 0xff));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    private static final List<String> CLEAN_KEYS = List.of(
            "spec", "type", "owner", "lifecycle", "github.com/project-slug", "title", "labels", "tags", "ключ", "键",
            "\"quoted key\"", "'single'", "1", "true", "~", "CircleCI.com/project-slug");

    /** Keys that clash with the ones that matter, or are odd: duplicates, merge keys, complex keys, escapes. */
    private static final List<String> HOSTILE_KEYS = List.of(
            "apiVersion", "kind", "metadata", "name", "annotations", "circleci.com/project-slug", "<<", "\"kind\"",
            "'name'", "? complex", "\"circleci.com/project-slug\"", "circleci.com/project-slug ", "\"\\e[31mkey\"",
            "\"\"", "? [a, b]", "&k key", "*a", "!!str kind");

    private static Arbitrary<String> key(boolean hostile) {
        Arbitrary<String> clean = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(CLEAN_KEYS)),
                Tuple.of(3, Arbitraries.strings().alpha().ofMinLength(3).ofMaxLength(10)));
        return !hostile ? clean : Arbitraries.frequencyOf(
                Tuple.of(2, clean),
                Tuple.of(3, Arbitraries.of(HOSTILE_KEYS)),
                Tuple.of(1, hostileFragment().map(s -> "\"" + yamlEscape(s) + "\"")));
    }

    private static final List<String> ANCHORS = List.of("a", "b", "base", "x1");

    /**
     * Any YAML value nested up to {@code depth}: scalars, lists and mappings in block or flow style,
     * anchors. A hostile one may also hold aliases (perhaps undefined), raw text and hostile scalars.
     */
    static Arbitrary<Yaml> value(int depth, boolean hostile) {
        Arbitrary<Yaml> alias = Arbitraries.of(ANCHORS).map(Yaml.Alias::new);
        if (depth <= 0) {
            return hostile
                    ? Arbitraries.frequencyOf(Tuple.of(6, scalar(true)), Tuple.of(1, alias), Tuple.of(1, rawValue()))
                    : scalar(false);
        }
        Arbitrary<Yaml> inner = Arbitraries.lazy(() -> value(depth - 1, hostile));
        Arbitrary<Yaml> seq = Combinators.combine(inner.list().ofMaxSize(4), Arbitraries.of(true, false)).as(Yaml.Seq::new);
        Arbitrary<Yaml> map = Combinators.combine(entries(inner, 4, hostile), Arbitraries.of(true, false)).as(Yaml.Mapping::new);
        Arbitrary<Yaml> anchored = Combinators.combine(Arbitraries.of(ANCHORS), Arbitraries.oneOf(scalar(false), seq, map))
                .as(Yaml.Anchored::new);
        if (!hostile) {
            return Arbitraries.frequencyOf(
                    Tuple.of(12, scalar(false)),
                    Tuple.of(2, seq),
                    Tuple.of(2, map),
                    Tuple.of(1, anchored));
        }
        return Arbitraries.frequencyOf(
                Tuple.of(6, scalar(true)),
                Tuple.of(2, seq),
                Tuple.of(2, map),
                Tuple.of(1, anchored),
                Tuple.of(1, alias),
                Tuple.of(2, rawValue()));
    }

    private static Arbitrary<List<Map.Entry<String, Yaml>>> entries(Arbitrary<Yaml> values, int max, boolean hostile) {
        return Combinators.combine(key(hostile), values).as(Map::entry).list().ofMaxSize(max);
    }

    /** Values the structured emitter would never write: very deep nesting, broken flow collections, stray syntax. */
    private static Arbitrary<Yaml> rawValue() {
        Arbitrary<Yaml> deepFlow = Combinators.combine(Arbitraries.integers().between(1, 300), Arbitraries.of("[", "{a: "))
                .as((n, open) -> new Yaml.Raw(open.repeat(n) + "x" + (open.equals("[") ? "]" : "}").repeat(n)));
        Arbitrary<Yaml> unbalanced = Arbitraries.integers().between(1, 60).map(n -> new Yaml.Raw("[".repeat(n) + "x"));
        Arbitrary<Yaml> odd = Arbitraries.of(
                "[a, b", "{a: 1, a: 2}", "{a: 1", "[*a, *a, *b]", "&r [*r]", "&m {k: *m}", "!!binary \"not base64 !\"",
                "*undefined", "& [x]", "&a &b x", "!!omap [a: 1]", "!!set {a, b}", "!!pairs [a: 1]", "\"\\q\"", "\"\\x\"",
                "\"\\u12\"", "| \n", "? x", "- - -", "a:b:c", "{? [a]: b}", "[a, ? b : c]", "!!float xyz", "!!int 0xZZ")
                .map(Yaml.Raw::new);
        return Arbitraries.frequencyOf(Tuple.of(1, deepFlow), Tuple.of(1, unbalanced), Tuple.of(3, odd));
    }

    /**
     * A Backstage-like entity. Mostly well-formed; now and then one part (the kind, the name, the
     * slug, the shape of metadata or annotations, one extra entry) is missing, of the wrong kind, or hostile.
     */
    static Arbitrary<Yaml.Mapping> entity() {
        Arbitrary<Yaml> clean = value(2, false);
        Arbitrary<Yaml> hostile = value(2, true);
        Arbitrary<Yaml> kind = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of("Component", "API", "System", "Resource", "component", "Group").map(Yaml.Scalar::new)),
                Tuple.of(1, clean),
                Tuple.of(1, hostile));
        Arbitrary<Yaml> name = Arbitraries.frequencyOf(Tuple.of(8, scalar(false)), Tuple.of(1, hostile));
        Arbitrary<Yaml> slug = Arbitraries.frequencyOf(
                Tuple.of(12, scalar(false)),
                Tuple.of(1, clean),
                Tuple.of(1, hostile),
                Tuple.of(1, Arbitraries.of(new Yaml.Scalar("42"), new Yaml.Scalar("[github, acme, svc]"),
                        new Yaml.Scalar("{github: acme}"), new Yaml.Scalar(""), new Yaml.Scalar("~"),
                        new Yaml.Alias("a"), new Yaml.Scalar("\"  \""), new Yaml.Scalar("true"))));
        Arbitrary<List<Map.Entry<String, Yaml>>> extra = Combinators.combine(entries(clean, 3, false),
                        Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(List.<Map.Entry<String, Yaml>>of())),
                                Tuple.of(1, entries(hostile, 1, true))))
                .as((a, b) -> {
                    List<Map.Entry<String, Yaml>> all = new ArrayList<>(a);
                    all.addAll(b);
                    return all;
                });
        Arbitrary<Yaml> annotations = Combinators.combine(slug, extra, Arbitraries.integers().between(0, 19),
                        Arbitraries.of(true, false))
                .as((s, more, shape, flow) -> {
                    List<Map.Entry<String, Yaml>> all = new ArrayList<>(more);
                    if (shape < 17) {
                        all.add(Math.min(shape % 3, all.size()), Map.entry("circleci.com/project-slug", s));
                    }
                    if (shape == 18) {
                        // a list where the mapping belongs: "- circleci.com/project-slug: ..."
                        return new Yaml.Seq(List.of(new Yaml.Mapping(List.of(Map.entry("circleci.com/project-slug", s)), true)),
                                flow);
                    }
                    return shape == 19 ? s : new Yaml.Mapping(all, flow && shape % 2 == 0);
                });
        Arbitrary<Yaml> metadata = Combinators.combine(name, annotations, extra, Arbitraries.integers().between(0, 19))
                .as((n, a, more, shape) -> {
                    List<Map.Entry<String, Yaml>> all = new ArrayList<>(more);
                    if (shape != 0) {
                        all.add(0, Map.entry("name", n));
                    }
                    if (shape != 1) {
                        all.add(Math.min(1, all.size()), Map.entry("annotations", a));
                    }
                    if (shape == 18) {
                        return new Yaml.Seq(List.of(n, a), false);
                    }
                    return shape == 19 ? n : new Yaml.Mapping(all, false);
                });
        return Combinators.combine(kind, metadata, extra, Arbitraries.integers().between(0, 19))
                .as((k, m, more, shape) -> {
                    List<Map.Entry<String, Yaml>> all = new ArrayList<>();
                    all.add(Map.entry("apiVersion", new Yaml.Scalar("backstage.io/v1alpha1")));
                    if (shape != 0) {
                        all.add(Map.entry("kind", k));
                    }
                    if (shape != 1) {
                        all.add(Map.entry("metadata", m));
                    }
                    all.addAll(more);
                    return new Yaml.Mapping(all, false);
                });
    }

    /** Whole files of raw text that no emitter would write: alias bombs, deep block nesting, directives. */
    private static Arbitrary<String> specialDocument() {
        Arbitrary<String> aliasBomb = Arbitraries.integers().between(2, 12).map(levels -> {
            StringBuilder sb = new StringBuilder("a0: &a0 [\"lol\", \"lol\"]\n");
            for (int i = 1; i < levels; i++) {
                sb.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                        .append(i - 1).append(", *a").append(i - 1).append("]\n");
            }
            return sb.append("kind: Component\nmetadata:\n  name: bomb\n  annotations:\n    circleci.com/project-slug: *a")
                    .append(levels - 1).append('\n').toString();
        });
        Arbitrary<String> deepBlock = Arbitraries.integers().between(1, 120).map(depth -> {
            StringBuilder sb = new StringBuilder("kind: Component\nmetadata:\n");
            for (int i = 0; i < depth; i++) {
                sb.append("  ".repeat(i + 1)).append("k").append(i).append(":\n");
            }
            return sb.append("  ".repeat(depth + 1)).append("leaf\n").toString();
        });
        Arbitrary<String> fixed = Arbitraries.of(
                "%YAML 1.2\n---\nkind: Component\n",
                "%YAML 1.1\n%YAML 1.1\n---\nkind: x\n",
                "%TAG ! tag:example.com,2000:\n---\nkind: !foo Component\n",
                "%FOO bar\n---\na: b\n",
                "base: &base\n  annotations:\n    circleci.com/project-slug: gh/a/b\nmetadata:\n  <<: *base\n  name: merged\n",
                "metadata:\n  <<: [*x, *y]\n",
                "metadata: &m\n  name: loop\n  self: *m\n  annotations: {circleci.com/project-slug: gh/a/b}\n",
                "? [complex, key]\n: value\nkind: Component\n",
                "- kind: Component\n- kind: API\n",
                "just text\n",
                "42\n",
                "---\n---\n---\n",
                "...\n...\n",
                "metadata:\n\tname: tabbed\n",
                "metadata:\n  name: x\n   annotations: {}\n",
                "kind: Component\nkind: API\n",
                "metadata: {name: a, name: b}\n",
                "metadata:\n  annotations:\n    circleci.com/project-slug: gh/a/b\n    circleci.com/project-slug: gh/c/d\n",
                "metadata:\n  annotations:\n    circleci.com/project-slug: |\n      github/acme/svc\n      second line\n",
                "metadata:\n  annotations:\n    circleci.com/project-slug: \"github/\\e[31macme/svc\"\n",
                "metadata:\n  annotations:\n    circleci.com/project-slug: !!binary Z2l0aHViL2FjbWUvc3Zj\n",
                "metadata:\n  annotations:\n    circleci.com/project-slug: 2026-11-28\n",
                "metadata:\n  annotations:\n    circleci.com/project-slug: !!str 42\n",
                "\"unterminated: string\n",
                "'single\n",
                "key: \"\\u202egithub/acme/svc\"\n",
                "metadata:\n  name: \"ends in an escape \\x",
                "metadata:\n  name: \"ends in an escape \\u");
        return Arbitraries.oneOf(aliasBomb, deepBlock, fixed);
    }

    /** The text of a catalog file: one or more entity documents, odd documents between them. */
    static Arbitrary<String> catalogText() {
        Arbitrary<String> doc = Arbitraries.frequencyOf(
                Tuple.of(8, entity().map(FuzzArbitraries::document)),
                Tuple.of(1, value(2, true).map(v -> "value:" + emit(v, 0) + "\n")),
                Tuple.of(1, value(1, true).map(v -> flow(v) + "\n")),
                Tuple.of(2, specialDocument()),
                Tuple.of(1, Arbitraries.of("", "~\n", "# only a comment\n")));
        Arbitrary<String> separator = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just("---\n")),
                Tuple.of(2, Arbitraries.of("...\n---\n", "--- \n", "--- # c\n")),
                Tuple.of(1, Arbitraries.of("---", "----\n", "-- -\n")));
        return Combinators.combine(doc.list().ofMinSize(1).ofMaxSize(4), separator.list().ofSize(4),
                        Arbitraries.of(true, false))
                .as((docs, seps, leading) -> {
                    StringBuilder sb = new StringBuilder(leading ? "---\n" : "");
                    for (int i = 0; i < docs.size(); i++) {
                        if (i > 0) {
                            sb.append(seps.get(i));
                        }
                        sb.append(docs.get(i));
                    }
                    return sb.toString();
                });
    }

    /** One change to a file's text: a tab, a BOM, CRLF line ends, a stray character, a cut. */
    static Arbitrary<Function<String, String>> textMutation() {
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
        Arbitrary<String> insert = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("\t", "\ufeff", "\n", "\r", "---\n", "\n---\n", ":", "-", "&a ", "*a", "[", "{",
                        "\"", "'", "#", "%", "!", "|", ">", "? ", "\u0000", "\u0085", "\u2028", "\u001b", "\u009b", "\u202e",
                        "\ud800", "\udfff", "\uffff", "\ufffe")),
                Tuple.of(1, hostileFragment()));
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(t -> "\ufeff" + t)),
                Tuple.of(1, Arbitraries.just(t -> t.replace("\n", "\r\n"))),
                Tuple.of(1, Arbitraries.just(t -> t.replace("  ", "\t"))),
                Tuple.of(3, Combinators.combine(where, insert).as((w, s) -> t -> {
                    int i = (int) (w * t.length());
                    return t.substring(0, i) + s + t.substring(i);
                })),
                Tuple.of(1, where.map(w -> t -> t.substring(0, (int) (w * t.length())))));
    }

    /** Random text with the characters YAML gives meaning to. */
    static Arbitrary<String> yamlishNoise() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().withChars(":-[]{}&*!|>'\"%@`#,?\n\t \\~.").withChars("abk01")
                        .ofMaxLength(200)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(200)),
                Tuple.of(1, hostileText()));
    }

    /** The bytes of a catalog file: the text in UTF-8 mostly, else UTF-16 or UTF-32 with a BOM, Latin-1, or noise. */
    static Arbitrary<byte[]> catalogBytes() {
        Arbitrary<String> text = Arbitraries.frequencyOf(
                Tuple.of(8, Combinators.combine(catalogText(), Arbitraries.frequencyOf(
                                Tuple.of(3, Arbitraries.just(List.<Function<String, String>>of())),
                                Tuple.of(1, textMutation().list().ofMinSize(1).ofMaxSize(2))))
                        .as((t, mutations) -> {
                            String s = t;
                            for (Function<String, String> m : mutations) {
                                s = m.apply(s);
                            }
                            return s;
                        })),
                Tuple.of(1, yamlishNoise()));
        Arbitrary<Function<String, byte[]>> encoding = Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.just(s -> s.getBytes(StandardCharsets.UTF_8))),
                Tuple.of(1, Arbitraries.just(s -> ("\ufeff" + s).getBytes(StandardCharsets.UTF_16BE))),
                Tuple.of(1, Arbitraries.just(s -> ("\ufeff" + s).getBytes(StandardCharsets.UTF_16LE))),
                Tuple.of(1, Arbitraries.just(s -> s.getBytes(StandardCharsets.UTF_16LE))),
                Tuple.of(1, Arbitraries.just(s -> ("\ufeff" + s).getBytes(java.nio.charset.Charset.forName("UTF-32BE")))),
                Tuple.of(1, Arbitraries.just(s -> s.getBytes(StandardCharsets.ISO_8859_1))));
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        // the edge cases of a generator this composite are thousands of near-identical files: random ones cover more
        return Arbitraries.frequencyOf(
                Tuple.of(20, Combinators.combine(text, encoding).as((t, e) -> e.apply(t))),
                Tuple.of(1, noise)).withoutEdgeCases();
    }

    // ------------------------------------------------------------------------------------------
    // API answers: lists of builds
    // ------------------------------------------------------------------------------------------

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Stands for a field left out of the object. */
    private static final JsonNode ABSENT = MissingNode.getInstance();

    /** The fields of a build that circle-view binds, by JSON name. */
    static final Set<String> KNOWN_FIELDS = Set.of(
            "build_num", "status", "lifecycle", "outcome", "subject", "retry_of", "job_name", "workflows", "branch",
            "vcs_tag", "vcs_revision", "username", "reponame", "vcs_type", "build_url", "user", "author_name",
            "committer_name", "why", "queued_at", "start_time", "stop_time", "build_time_millis", "parallel", "platform");

    private static final DateTimeFormatter WITH_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");
    private static final DateTimeFormatter WITHOUT_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    /** Times as the API writes them, with offsets, without millis, at the far ends of the calendar, and garbage. */
    static Arbitrary<String> timestamp() {
        Instant now = Instant.parse("2026-11-28T12:00:00Z");
        Arbitrary<Instant> recent = Arbitraries.longs().between(-90L * 86_400, 2 * 86_400L).map(s -> now.minusSeconds(s));
        Arbitrary<Instant> anyInstant = Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
                .map(Instant::ofEpochSecond);
        Arbitrary<ZoneOffset> offset = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(ZoneOffset.UTC)),
                Tuple.of(1, Arbitraries.of(ZoneOffset.MIN, ZoneOffset.MAX, ZoneOffset.ofHoursMinutes(5, 30),
                        ZoneOffset.ofHours(-8), ZoneOffset.ofHoursMinutes(-9, -30))),
                Tuple.of(1, Arbitraries.integers().between(-18 * 3600, 18 * 3600).map(ZoneOffset::ofTotalSeconds)));
        Arbitrary<LocalDateTime> anyDateTime = Arbitraries.longs()
                .between(LocalDateTime.MIN.toEpochSecond(ZoneOffset.UTC), LocalDateTime.MAX.toEpochSecond(ZoneOffset.UTC))
                .map(s -> LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC));
        Arbitrary<String> formatted = Combinators.combine(Arbitraries.oneOf(recent, recent, recent, anyInstant), offset,
                        Arbitraries.of(WITH_MILLIS, WITHOUT_MILLIS))
                .as((instant, off, format) -> {
                    try {
                        return format.format(instant.atOffset(off));
                    } catch (java.time.DateTimeException outOfRange) {
                        return instant.toString();
                    }
                });
        Arbitrary<String> farOff = Combinators.combine(anyDateTime, offset).as((t, off) -> OffsetDateTime.of(t, off).toString());
        Arbitrary<String> edges = Arbitraries.of(
                "-999999999-01-01T00:00:00+18:00", "-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59-18:00",
                "+999999999-12-31T23:59:59.999999999Z", "0000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z",
                "1970-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z",
                "2026-11-28T12:00:00.123456789Z", "2026-11-28T11:59:59.999+00:00", "2026-11-28T12:00:00+01:00[Europe/Paris]");
        Arbitrary<String> garbage = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("", " ", "yesterday", "2026-13-45T99:99:99Z", "2026-11-28", "1700000000",
                        "2026-11-28T12:00:00", "2026-11-28 12:00:00Z", "null", "NaN", "2026-11-28T12:00:00ZZ",
                        "2026-02-30T00:00:00Z", "T", "Z", "-", "+", "2026-11-28T24:00:00Z", "2026-11-28T12:00:60Z")),
                Tuple.of(1, hostileText()));
        return Arbitraries.frequencyOf(
                Tuple.of(6, formatted),
                Tuple.of(1, farOff),
                Tuple.of(2, edges),
                Tuple.of(2, garbage));
    }

    /** A value of the field's own type, or null, or left out. */
    private static Arbitrary<JsonNode> field(Arbitrary<? extends JsonNode> value) {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(ABSENT)),
                Tuple.of(2, Arbitraries.just(NullNode.getInstance())),
                Tuple.of(10, value));
    }

    private static Arbitrary<JsonNode> text(Arbitrary<String> plain) {
        return Arbitraries.frequencyOf(Tuple.of(3, plain), Tuple.of(2, hostileText())).map(TextNode::valueOf);
    }

    private static Arbitrary<JsonNode> text() {
        return text(Arbitraries.of(WORDS));
    }

    private static Arbitrary<JsonNode> integer() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(1, 100_000)),
                Tuple.of(1, Arbitraries.integers()),
                Tuple.of(1, Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1))).map(IntNode::valueOf);
    }

    private static Arbitrary<JsonNode> millis() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.longs().between(0, 10L * 3600 * 1000)),
                Tuple.of(1, Arbitraries.longs()),
                Tuple.of(1, Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L))).map(LongNode::valueOf);
    }

    private static final List<String> STATUSES = List.of(
            "success", "fixed", "failed", "timedout", "infrastructure_fail", "running", "queued", "scheduled",
            "not_running", "canceled", "not_run", "retried", "no_tests", "SUCCESS", "pending", "");

    /**
     * Builds in which every known field has its own type (or is null or absent), plus unknown fields
     * of any type. With {@code wrongTypes}, a known field is now and then a value of another type.
     */
    static Arbitrary<ObjectNode> build(boolean wrongTypes) {
        Arbitrary<JsonNode> workflows = Combinators.combine(field(text()), field(text()), field(text()), field(text()),
                        unknownFields())
                .as((id, wfName, jobName, jobId, extra) -> object(Map.of("workflow_id", id, "workflow_name", wfName,
                        "job_name", jobName, "job_id", jobId), extra));
        Arbitrary<JsonNode> user = Combinators.combine(field(text(Arbitraries.of("alice", "bob", "none", "", " "))),
                        field(text()), field(Arbitraries.of(BooleanNode.TRUE, BooleanNode.FALSE)), field(text()), unknownFields())
                .as((login, name, isUser, avatar, extra) -> object(Map.of("login", login, "name", name, "is_user", isUser,
                        "avatar_url", avatar), extra));
        List<Map.Entry<String, Arbitrary<JsonNode>>> fields = List.of(
                Map.entry("build_num", integer()),
                Map.entry("status", text(Arbitraries.of(STATUSES))),
                Map.entry("lifecycle", text(Arbitraries.of("finished", "running", "queued", "not_run"))),
                Map.entry("outcome", text(Arbitraries.of("success", "failed", "canceled"))),
                Map.entry("subject", text()),
                Map.entry("retry_of", integer()),
                Map.entry("job_name", text()),
                Map.entry("workflows", workflows),
                Map.entry("branch", text()),
                Map.entry("vcs_tag", text()),
                Map.entry("vcs_revision", text(Arbitraries.strings().withChars("0123456789abcdef").ofLength(40))),
                Map.entry("username", text()),
                Map.entry("reponame", text()),
                Map.entry("vcs_type", text(Arbitraries.of("github", "bitbucket", "circleci"))),
                Map.entry("build_url", text(Arbitraries.of("https://circleci.com/gh/acme/svc/1"))),
                Map.entry("user", user),
                Map.entry("author_name", text()),
                Map.entry("committer_name", text()),
                Map.entry("why", text(Arbitraries.of("github", "retry", "api", "schedule"))),
                Map.entry("queued_at", timestamp().map(TextNode::valueOf)),
                Map.entry("start_time", timestamp().map(TextNode::valueOf)),
                Map.entry("stop_time", timestamp().map(TextNode::valueOf)),
                Map.entry("build_time_millis", millis()),
                Map.entry("parallel", integer()),
                Map.entry("platform", text(Arbitraries.of("2.0", "1.0"))));
        List<Arbitrary<JsonNode>> values = new ArrayList<>();
        for (Map.Entry<String, Arbitrary<JsonNode>> f : fields) {
            Arbitrary<JsonNode> own = field(f.getValue());
            values.add(wrongTypes ? Arbitraries.frequencyOf(Tuple.of(14, own), Tuple.of(1, anyJson(2))) : own);
        }
        Arbitrary<List<JsonNode>> known = Combinators.combine(values).as(List::copyOf);
        return Combinators.combine(known, unknownFields()).as((vals, extra) -> {
            ObjectNode o = NODES.objectNode();
            for (int i = 0; i < fields.size(); i++) {
                if (!vals.get(i).isMissingNode()) {
                    o.set(fields.get(i).getKey(), vals.get(i));
                }
            }
            extra.forEach(o::set);
            return o;
        });
    }

    private static ObjectNode object(Map<String, JsonNode> known, Map<String, JsonNode> extra) {
        ObjectNode o = NODES.objectNode();
        known.forEach((k, v) -> {
            if (!v.isMissingNode()) {
                o.set(k, v);
            }
        });
        extra.forEach(o::set);
        return o;
    }

    /** Names the API may add tomorrow, and names of circle-view's own derived values, with any JSON value. */
    private static Arbitrary<Map<String, JsonNode>> unknownFields() {
        Arbitrary<String> name = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("author", "duration", "started_at", "workflow_name", "effective_job_name",
                        "known_status", "buildNum", "BUILD_NUM", "Status", "", "__proto__", "compare", "steps",
                        "circle_yml", "has_artifacts", "ssh_users", "picard", "all_commit_details")),
                Tuple.of(1, hostileText()));
        return Arbitraries.maps(name.filter(n -> !KNOWN_FIELDS.contains(n)), anyJson(2)).ofMaxSize(3);
    }

    /** Any JSON value, nested up to {@code depth}. */
    static Arbitrary<JsonNode> anyJson(int depth) {
        Arbitrary<JsonNode> scalar = Arbitraries.oneOf(
                Arbitraries.just(NullNode.getInstance()),
                Arbitraries.of(BooleanNode.TRUE, BooleanNode.FALSE),
                Arbitraries.integers().map(IntNode::valueOf),
                Arbitraries.longs().map(LongNode::valueOf),
                Arbitraries.of(1e300, -0.5, 0.0, 3.75, 1.5e10).map(DoubleNode::valueOf),
                Arbitraries.of(BigInteger.TEN.pow(30), BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE))
                        .map(NODES::numberNode),
                hostileText().map(TextNode::valueOf),
                Arbitraries.of("12", "-3", "1e3", "true", "").map(TextNode::valueOf));
        if (depth <= 0) {
            return scalar;
        }
        Arbitrary<JsonNode> inner = Arbitraries.lazy(() -> anyJson(depth - 1));
        Arbitrary<JsonNode> array = inner.list().ofMaxSize(3).map(items -> {
            ArrayNode a = NODES.arrayNode();
            items.forEach(a::add);
            return a;
        });
        Arbitrary<JsonNode> object = Arbitraries.maps(Arbitraries.of(WORDS), inner).ofMaxSize(3).map(m -> {
            ObjectNode o = NODES.objectNode();
            m.forEach(o::set);
            return o;
        });
        return Arbitraries.frequencyOf(Tuple.of(4, scalar), Tuple.of(1, array), Tuple.of(1, object));
    }

    /** A list endpoint's answer: builds of the right types only. */
    static Arbitrary<ArrayNode> typeCorrectBuilds() {
        return build(false).list().ofMaxSize(6).map(FuzzArbitraries::array).withoutEdgeCases();
    }

    /** A list endpoint's answer where fields, and now and then whole elements, have the wrong type. */
    static Arbitrary<ArrayNode> anyTypedBuilds() {
        Arbitrary<JsonNode> element = Arbitraries.frequencyOf(
                Tuple.of(12, build(true)),
                Tuple.of(1, anyJson(1)));
        return element.list().ofMaxSize(6).map(FuzzArbitraries::array).withoutEdgeCases();
    }

    private static ArrayNode array(List<? extends JsonNode> items) {
        ArrayNode a = NODES.arrayNode();
        items.forEach(a::add);
        return a;
    }
}
