package dev.circleview.core;

import java.nio.file.Path;

/** Small text helpers that every layer may use. */
public final class Text {
    private static final int MESSAGE_QUOTE_LIMIT = 120;

    private Text() {
    }

    /**
     * Makes untrusted text safe to quote inside a one-line error message: control characters are
     * shown as escapes ({@code \u001b}, {@code \n}), and long values are cut.
     */
    public static String quoteForMessage(String value) {
        return escape(value, MESSAGE_QUOTE_LIMIT);
    }

    /** Untrusted text quoted whole in a message: control characters escaped as {@link #quoteForMessage} does, nothing cut. */
    public static String escapeForMessage(String value) {
        return escape(value, Integer.MAX_VALUE);
    }

    /**
     * A file or folder for a message, escaped like {@link #quoteForMessage} but whole: a cut path is
     * no use. Names come from whoever made the checkout, so they may hold escape sequences too.
     */
    public static String path(Path path) {
        return escape(String.valueOf(path), Integer.MAX_VALUE);
    }

    private static String escape(String value, int limit) {
        StringBuilder sb = new StringBuilder();
        value.codePoints().limit(limit).forEach(cp -> {
            switch (cp) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (isUnsafe(cp)) {
                        sb.append(String.format("\\u%04x", cp));
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        if (limit < Integer.MAX_VALUE && value.codePointCount(0, value.length()) > limit) {
            sb.append('…');
        }
        return sb.toString();
    }

    /**
     * True for code points that must never reach a terminal raw: C0 and C1 controls, DEL, and the
     * bidirectional overrides and isolates (which can reorder what a reader sees).
     */
    public static boolean isUnsafe(int cp) {
        return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)
                || (cp >= 0x202a && cp <= 0x202e)
                || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200e || cp == 0x200f || cp == 0x061c;
    }
}
