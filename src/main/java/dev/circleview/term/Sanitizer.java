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
    private static final int ESC = 0x1b;
    private static final int BEL = 0x07;
    private static final int C1_DCS = 0x90;
    private static final int C1_CSI = 0x9b;
    private static final int C1_ST = 0x9c;
    private static final int C1_OSC = 0x9d;
    private static final int C1_SOS = 0x98;
    private static final int C1_PM = 0x9e;
    private static final int C1_APC = 0x9f;

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

    /**
     * {@link #text} for a log that arrives in pieces (a step's output is a list of messages, split
     * anywhere): the same result as {@code text} of the whole, written to {@code out} as it goes. An
     * escape sequence, a surrogate pair or a CR LF split between pieces is held back for the next
     * piece. A line of more than {@link #LINE_FLUSH} characters without a line end is written out so
     * far, so memory stays small whatever the log; a carriage return after that redraws only what
     * came later.
     */
    public static final class LogText {
        /** How long an unfinished line may grow before it is written out as it stands. */
        public static final int LINE_FLUSH = 64 * 1024;
        /** An unfinished escape sequence longer than this is cut to its introducer (its contents never show). */
        private static final int MAX_CARRY = 4096;

        private final Appendable out;
        private final boolean keepColor;
        private final int lineFlush;
        /** The piece being read (after what was held back from the last), and a view of it for the sequence parser. */
        private char[] in = new char[256];
        private int carry;
        /** The line so far: a carriage return may still wipe it. */
        private char[] line = new char[256];
        private int lineLength;
        private boolean coloured;
        private boolean lineOpen;

        public LogText(Appendable out, boolean keepColor) {
            this(out, keepColor, LINE_FLUSH);
        }

        LogText(Appendable out, boolean keepColor, int lineFlush) {
            this.out = out;
            this.keepColor = keepColor;
            this.lineFlush = lineFlush;
        }

        /**
         * Whether what has been written so far ends inside a line (text after the last newline),
         * not counting the colour reset {@link #finish} adds.
         */
        public boolean lineOpen() {
            return lineOpen;
        }

        /** The next piece of the log; null and "" are nothing. */
        public void write(String piece) throws IOException {
            if (piece == null || piece.isEmpty()) {
                return;
            }
            int n = carry + piece.length();
            if (n > in.length) {
                in = java.util.Arrays.copyOf(in, Math.max(n, in.length * 2));
            }
            piece.getChars(0, piece.length(), in, carry);
            carry = 0;
            process(n, false);
        }

        /** The log has ended: writes what is held back, then a colour reset when colour was written. */
        public void finish() throws IOException {
            int n = carry;
            carry = 0;
            process(n, true);
            lineOpen |= lineLength > 0;
            emitLine();
            if (coloured) {
                out.append("\u001b[0m");
                coloured = false;
            }
        }

        private void process(int n, boolean last) throws IOException {
            char[] a = in;
            CharSequence s = java.nio.CharBuffer.wrap(a, 0, n);
            int i = 0;
            while (i < n) {
                int run = i;
                while (run < n && plain(a[run])) {
                    run++;
                }
                if (run > i) {
                    appendToLine(a, i, run - i);
                    i = run;
                    continue;
                }
                char c = a[i];
                if (!last && Character.isHighSurrogate(c) && i + 1 >= n) {
                    holdBack(i, n);
                    return;
                }
                int cp = Character.codePointAt(a, i, n);
                if (cp == ESC || cp == C1_CSI || cp == C1_OSC || cp == C1_DCS || cp == C1_SOS || cp == C1_PM || cp == C1_APC) {
                    int end = skipSequence(s, i);
                    if (end >= n && !last) {
                        holdBack(i, n);
                        return;
                    }
                    if (keepColor && isSgr(s, i, end)) {
                        appendToLine(a, i, end - i);
                        coloured = true;
                    }
                    i = end;
                    continue;
                }
                if (cp == '\r' && i + 1 >= n && !last) {
                    holdBack(i, n);
                    return;
                }
                if (cp == '\r' && (i + 1 >= n || a[i + 1] != '\n')) {
                    lineLength = 0;
                } else if (cp == '\n') {
                    emitLine();
                    out.append('\n');
                    lineOpen = false;
                } else if (cp == '\t' || (cp != '\r' && !Text.isUnsafe(cp))) {
                    appendToLine(a, i, Character.charCount(cp));
                }
                i += Character.charCount(cp);
            }
        }

        /** Keeps {@code in[from, n)} (an unfinished sequence, CR or surrogate) for the next piece, cut when absurdly long. */
        private void holdBack(int from, int n) {
            int length = n - from;
            System.arraycopy(in, from, in, 0, length);
            if (length > MAX_CARRY) {
                // the introducer is all that decides what follows; "?" keeps a cut CSI from ever being SGR
                boolean csi = in[0] == C1_CSI || (in[0] == ESC && in[1] == '[');
                length = in[0] == ESC ? 2 : 1;
                if (csi) {
                    in[length++] = '?';
                }
            }
            carry = length;
        }

        private void appendToLine(char[] a, int from, int length) throws IOException {
            if (lineLength + length > line.length) {
                line = java.util.Arrays.copyOf(line, Math.max(lineLength + length, line.length * 2));
            }
            System.arraycopy(a, from, line, lineLength, length);
            lineLength += length;
            if (lineLength >= lineFlush) {
                emitLine();
                lineOpen = true;
            }
        }

        private void emitLine() throws IOException {
            if (lineLength == 0) {
                return;
            }
            if (out instanceof java.io.Writer w) {
                w.write(line, 0, lineLength);
            } else if (out instanceof StringBuilder sb) {
                sb.append(line, 0, lineLength);
            } else {
                out.append(java.nio.CharBuffer.wrap(line, 0, lineLength));
            }
            lineLength = 0;
        }

        /** Printable text needing no thought: not a control, DEL, C1, surrogate or bidi control. */
        private static boolean plain(char c) {
            return c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f) && c != 0x061c
                    && !(c >= 0x200e && c <= 0x206f) && !Character.isSurrogate(c);
        }
    }

    /** Whether {@code s[start, end)} is a 7-bit SGR sequence: ESC [ digits, ';' or ':', then m. */
    private static boolean isSgr(CharSequence s, int start, int end) {
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
