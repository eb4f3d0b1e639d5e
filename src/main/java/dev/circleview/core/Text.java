package dev.circleview.core;

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
        StringBuilder sb = new StringBuilder();
        value.codePoints().limit(MESSAGE_QUOTE_LIMIT).forEach(cp -> {
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
        if (value.codePointCount(0, value.length()) > MESSAGE_QUOTE_LIMIT) {
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
