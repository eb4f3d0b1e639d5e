package dev.circleview.term;

import dev.circleview.core.Text;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one place that makes server text safe for a terminal. Every string that came from CircleCI
 * or from a commit (subjects, branch names, user names, logs) passes through here before it is
 * written in table or piped mode.
 *
 * <p>Escape sequences (CSI, OSC, DCS, SOS, PM, APC, and two-character ESC sequences, in their
 * 7-bit and C1 forms) are removed whole; other C0/C1 controls, DEL, and bidirectional overrides
 * are dropped. Only circle-view's own styling may emit escape codes.
 */
public final class Sanitizer {
    static final int ESC = 0x1b;
    static final int BEL = 0x07;
    static final int C1_DCS = 0x90;
    static final int C1_CSI = 0x9b;
    static final int C1_ST = 0x9c;
    static final int C1_OSC = 0x9d;
    static final int C1_SOS = 0x98;
    static final int C1_PM = 0x9e;
    static final int C1_APC = 0x9f;

    private Sanitizer() {
    }

    /** For a table cell: one line; tabs, newlines and carriage returns become spaces. Null becomes "". */
    public static String cell(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        if (isPlain(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == ESC || cp == C1_CSI || cp == C1_OSC || cp == C1_DCS || cp == C1_SOS || cp == C1_PM || cp == C1_APC) {
                i = skipSequence(s, i);
                continue;
            }
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                out.append(' ');
            } else if (!Text.isUnsafe(cp)) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out.toString();
    }

    /**
     * For multi-line text such as step logs: newlines and tabs stay; a line redrawn with carriage
     * returns (a progress bar) keeps only its final state; SGR colour sequences stay when
     * {@code keepColor} (and are reset at the end), while every other escape sequence (titles,
     * hyperlinks, cursor movement) and control character (bell, backspace) goes. Null becomes "".
     */
    public static String text(String s, boolean keepColor) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        LogText log = new LogText(out, keepColor, Integer.MAX_VALUE);
        try {
            log.write(s);
            log.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return out.toString();
    }


    /** Whether {@code s[start, end)} is a 7-bit SGR sequence: ESC [ digits, ';' or ':', then m. */
    static boolean isSgr(CharSequence s, int start, int end) {
        if (end - start < 3 || s.charAt(start) != ESC || s.charAt(start + 1) != '[' || s.charAt(end - 1) != 'm') {
            return false;
        }
        for (int i = start + 2; i < end - 1; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && c != ';' && c != ':') {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x2000 && Text.isUnsafe(c)) || c == 0x061c) {
                return false;
            }
        }
        return true;
    }

    /** Returns the index just past the escape sequence that starts at {@code start}. */
    static int skipSequence(CharSequence s, int start) {
        int n = s.length();
        int cp = s.charAt(start);
        int i = start + 1;
        int kind;
        if (cp == ESC) {
            if (i >= n) {
                return n;
            }
            char c = s.charAt(i);
            switch (c) {
                case '[' -> kind = C1_CSI;
                case ']' -> kind = C1_OSC;
                case 'P' -> kind = C1_DCS;
                case 'X' -> kind = C1_SOS;
                case '^' -> kind = C1_PM;
                case '_' -> kind = C1_APC;
                default -> {
                    // ESC, intermediates 0x20-0x2F, then one final byte 0x30-0x7E.
                    while (i < n && s.charAt(i) >= 0x20 && s.charAt(i) <= 0x2f) {
                        i++;
                    }
                    return i < n && s.charAt(i) >= 0x30 && s.charAt(i) <= 0x7e ? i + 1 : i;
                }
            }
            i++;
        } else {
            kind = cp;
        }
        if (kind == C1_CSI) {
            // parameters 0x30-0x3F, intermediates 0x20-0x2F, final 0x40-0x7E
            while (i < n && s.charAt(i) >= 0x20 && s.charAt(i) <= 0x3f) {
                i++;
            }
            return i < n && s.charAt(i) >= 0x40 && s.charAt(i) <= 0x7e ? i + 1 : i;
        }
        // string sequences: until BEL (OSC only), ST (ESC \) or C1 ST; an unterminated one eats the rest
        while (i < n) {
            char c = s.charAt(i);
            if (c == C1_ST || (c == BEL && kind == C1_OSC)) {
                return i + 1;
            }
            if (c == ESC) {
                return i + 1 < n && s.charAt(i + 1) == '\\' ? i + 2 : i;
            }
            i++;
        }
        return n;
    }
}
