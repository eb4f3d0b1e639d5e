package dev.circleview.term;

/**
 * Width of text in terminal columns: East Asian wide characters and emoji take two, marks none, and
 * circle-view's own escape sequences ({@link Style}'s colours, {@link Hyperlink}'s links) none.
 */
public final class DisplayWidth {
    public static final String ELLIPSIS = "…";
    private static final int ZWJ = 0x200d;
    private static final char ESC = '\u001b';
    private static final char BEL = '\u0007';

    private DisplayWidth() {
    }

    public static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int end = sequenceEnd(s, i);
            if (end > i) {
                i = end;
                continue;
            }
            int cp = s.codePointAt(i);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /**
     * The end of the escape sequence at {@code i} that takes no room on screen, or {@code i} when none
     * starts there: SGR colour ({@code ESC [ 0-9 ; : m}) and OSC 8 hyperlinks ({@code ESC ] 8 ; params ;
     * address}, ended by {@code ESC \} or BEL, printable ASCII between). Server text never holds these
     * ({@link Sanitizer} removes them), so they are circle-view's own, or colour kept in a log.
     */
    public static int sequenceEnd(String s, int i) {
        if (s.charAt(i) != ESC || i + 1 >= s.length()) {
            return i;
        }
        if (s.charAt(i + 1) == '[') {
            int j = i + 2;
            while (j < s.length() && ((s.charAt(j) >= '0' && s.charAt(j) <= '9') || s.charAt(j) == ';' || s.charAt(j) == ':')) {
                j++;
            }
            return j < s.length() && s.charAt(j) == 'm' ? j + 1 : i;
        }
        if (s.startsWith("]8;", i + 1)) {
            for (int j = i + 4; j < s.length(); j++) {
                char c = s.charAt(j);
                if (c == BEL) {
                    return j + 1;
                }
                if (c == ESC) {
                    return j + 1 < s.length() && s.charAt(j + 1) == '\\' ? j + 2 : i;
                }
                if (c < 0x20 || c > 0x7e) {
                    return i;
                }
            }
        }
        return i;
    }

    public static int of(int cp) {
        if (cp == ZWJ || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) {
            return 0;
        }
        // conjoining Hangul vowels and final consonants join the leading consonant's wide syllable
        if ((cp >= 0x1160 && cp <= 0x11ff) || (cp >= 0xd7b0 && cp <= 0xd7ff)) {
            return 0;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115f)
                || (cp >= 0x231a && cp <= 0x231b)
                || (cp >= 0x23e9 && cp <= 0x23ec)
                || cp == 0x23f0 || cp == 0x23f3
                || (cp >= 0x25fd && cp <= 0x25fe)
                || (cp >= 0x2614 && cp <= 0x2615)
                || (cp >= 0x2648 && cp <= 0x2653)
                || cp == 0x267f || cp == 0x2693 || cp == 0x26a1
                || (cp >= 0x26aa && cp <= 0x26ab)
                || (cp >= 0x26bd && cp <= 0x26be)
                || (cp >= 0x26c4 && cp <= 0x26c5)
                || cp == 0x26ce || cp == 0x26d4 || cp == 0x26ea
                || (cp >= 0x26f2 && cp <= 0x26f3)
                || cp == 0x26f5 || cp == 0x26fa || cp == 0x26fd
                || cp == 0x2705
                || (cp >= 0x270a && cp <= 0x270b)
                || cp == 0x2728 || cp == 0x274c || cp == 0x274e
                || (cp >= 0x2753 && cp <= 0x2755)
                || cp == 0x2757
                || (cp >= 0x2795 && cp <= 0x2797)
                || cp == 0x27b0 || cp == 0x27bf
                || (cp >= 0x2b1b && cp <= 0x2b1c)
                || cp == 0x2b50 || cp == 0x2b55
                || (cp >= 0x2e80 && cp <= 0x303e)
                || (cp >= 0x3041 && cp <= 0x33ff)
                || (cp >= 0x3400 && cp <= 0x4dbf)
                || (cp >= 0x4e00 && cp <= 0x9fff)
                || (cp >= 0xa000 && cp <= 0xa4cf)
                || (cp >= 0xa960 && cp <= 0xa97f)
                || (cp >= 0xac00 && cp <= 0xd7a3)
                || (cp >= 0xf900 && cp <= 0xfaff)
                || (cp >= 0xfe10 && cp <= 0xfe19)
                || (cp >= 0xfe30 && cp <= 0xfe6f)
                || (cp >= 0xff00 && cp <= 0xff60)
                || (cp >= 0xffe0 && cp <= 0xffe6)
                || (cp >= 0x16fe0 && cp <= 0x18cff)
                || (cp >= 0x1b000 && cp <= 0x1b2ff)
                || cp == 0x1f004 || cp == 0x1f0cf || cp == 0x1f18e
                || (cp >= 0x1f191 && cp <= 0x1f19a)
                || (cp >= 0x1f200 && cp <= 0x1f251)
                || (cp >= 0x1f300 && cp <= 0x1f64f)
                || (cp >= 0x1f680 && cp <= 0x1f6ff)
                || (cp >= 0x1f7e0 && cp <= 0x1f7eb)
                || (cp >= 0x1f90c && cp <= 0x1f9ff)
                || (cp >= 0x1fa70 && cp <= 0x1faff)
                || (cp >= 0x20000 && cp <= 0x3fffd);
    }

    /** Cuts {@code s} to at most {@code columns} display columns, ending in an ellipsis when cut. */
    public static String truncate(String s, int columns) {
        if (columns <= 0) {
            return "";
        }
        if (of(s) <= columns) {
            return s;
        }
        return head(s, columns - 1) + ELLIPSIS;
    }

    /** Cuts {@code s} to at most {@code columns} display columns by leaving out its start: an ellipsis, then its end. */
    public static String truncateStart(String s, int columns) {
        if (columns <= 0) {
            return "";
        }
        if (of(s) <= columns) {
            return s;
        }
        return ELLIPSIS + tail(s, columns - 1);
    }

    /**
     * Cuts {@code s} to at most {@code columns} display columns by leaving out its middle: its start,
     * an ellipsis, its end (names that differ only at the end stay apart).
     */
    public static String truncateMiddle(String s, int columns) {
        if (columns <= 0) {
            return "";
        }
        if (of(s) <= columns) {
            return s;
        }
        int end = (columns - 1) / 2;
        return head(s, columns - 1 - end) + ELLIPSIS + tail(s, end);
    }

    /** The longest start of {@code s} at most {@code columns} wide, never ending in a joiner whose second half was cut. */
    private static String head(String s, int columns) {
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = of(cp);
            if (w + cw > columns) {
                break;
            }
            sb.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ZWJ) {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }

    /**
     * The longest end of {@code s} at most {@code columns} wide, starting with a character that takes
     * room (no lone joiner or mark whose base was cut).
     */
    private static String tail(String s, int columns) {
        int w = 0;
        int start = s.length();
        for (int i = s.length(); i > 0; ) {
            int cp = s.codePointBefore(i);
            int cw = of(cp);
            if (w + cw > columns) {
                break;
            }
            w += cw;
            i -= Character.charCount(cp);
            start = i;
        }
        while (start < s.length() && of(s.codePointAt(start)) == 0) {
            start += Character.charCount(s.codePointAt(start));
        }
        return s.substring(start);
    }

    /** Pads {@code s} with spaces on the right to {@code columns} display columns. */
    public static String padRight(String s, int columns) {
        int w = of(s);
        return w >= columns ? s : s + " ".repeat(columns - w);
    }
}
