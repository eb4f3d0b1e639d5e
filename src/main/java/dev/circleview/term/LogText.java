package dev.circleview.term;

import dev.circleview.core.Text;

import java.io.IOException;

/**
 * {@link Sanitizer#text} for a log that arrives in pieces (a step's output is a list of messages, split
 * anywhere): the same result as {@code text} of the whole, written to {@code out} as it goes. An
 * escape sequence, a surrogate pair or a CR LF split between pieces is held back for the next
 * piece. A line of more than {@link #LINE_FLUSH} characters without a line end is written out so
 * far, so memory stays small whatever the log; a carriage return after that redraws only what
 * came later.
 */
public final class LogText {
    /** How long an unfinished line may grow before it is written out as it stands. */
    public static final int LINE_FLUSH = 64 * 1024;
    /** How many lines back a cursor movement can reach and redraw. */
    static final int SCREEN = 200;
    /** An unfinished escape sequence longer than this is cut to its introducer (its contents never show). */
    private static final int MAX_CARRY = 4096;

    private final Appendable out;
    private final boolean keepColor;
    private final int lineFlush;
    /** The piece being read (after what was held back from the last), and a view of it for the sequence parser. */
    private char[] in = new char[256];
    private int carry;
    /** The line the cursor is on: a carriage return may still wipe it. */
    private char[] line = new char[256];
    private int lineLength;
    /**
     * The lines a cursor movement may still reach, oldest first, not written yet: the screen a
     * terminal would show, at most {@link #SCREEN} lines; {@code row} is the cursor's. Docker's
     * progress redraws the line of each layer with moves up and down; a line that scrolls off
     * this screen is written out as it stands.
     */
    private final java.util.List<String> rows = new java.util.ArrayList<>(java.util.List.of(""));
    private int row;
    /** A carriage return was read: text that follows it replaces the line; a line end or a move keeps it. */
    private boolean returned;
    /**
     * The row a move up left, until the line it reached is erased or returned to its start (as
     * Docker's redraws do): text written before that goes back where it was, as a log meant it.
     */
    private int upFrom = -1;
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
        store();
        // rows a final move down opened and nothing was written on are not lines
        int last = rows.size() - 1;
        while (last > row && rows.get(last).isEmpty()) {
            last--;
        }
        for (int r = 0; r <= last; r++) {
            emit(rows.get(r));
            if (r < last) {
                out.append('\n');
            }
        }
        lineOpen = !rows.get(last).isEmpty() || (last == 0 && lineOpen);
        rows.clear();
        rows.add("");
        row = 0;
        lineLength = 0;
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
            if (cp == Sanitizer.ESC || cp == Sanitizer.C1_CSI || cp == Sanitizer.C1_OSC || cp == Sanitizer.C1_DCS || cp == Sanitizer.C1_SOS || cp == Sanitizer.C1_PM || cp == Sanitizer.C1_APC) {
                int end = Sanitizer.skipSequence(s, i);
                if (end >= n && !last) {
                    holdBack(i, n);
                    return;
                }
                if (keepColor && Sanitizer.isSgr(s, i, end)) {
                    appendToLine(a, i, end - i);
                    coloured = true;
                } else {
                    cursor(s, i, end);
                }
                i = end;
                continue;
            }
            if (cp == '\r' && i + 1 >= n && !last) {
                holdBack(i, n);
                return;
            }
            if (cp == '\r' && (i + 1 >= n || a[i + 1] != '\n')) {
                returned = true;
                upFrom = -1;
            } else if (cp == '\n') {
                moveDown(1);
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
            boolean csi = in[0] == Sanitizer.C1_CSI || (in[0] == Sanitizer.ESC && in[1] == '[');
            length = in[0] == Sanitizer.ESC ? 2 : 1;
            if (csi) {
                in[length++] = '?';
            }
        }
        carry = length;
    }

    /**
     * What a terminal would do with CSI {@code s[start, end)}: move the cursor up or down a line
     * (A, B, and E and F, which also go to the line's start), or erase the line (2K; K after a
     * carriage return, which erases all of it). Every other sequence does nothing here.
     */
    private void cursor(CharSequence s, int start, int end) throws IOException {
        boolean csi = end - start >= 3 && s.charAt(start) == Sanitizer.ESC && s.charAt(start + 1) == '[';
        if (!csi) {
            return;
        }
        String params = s.subSequence(start + 2, end - 1).toString();
        char command = s.charAt(end - 1);
        int count = params.matches("[0-9]{1,4}") ? Math.max(1, Integer.parseInt(params)) : params.isEmpty() ? 1 : 0;
        switch (command) {
            case 'A', 'F' -> moveUp(count);
            case 'B', 'E' -> moveDown(count);
            case 'K' -> {
                if (params.equals("2") || returned) {
                    lineLength = 0;
                    returned = false;
                    upFrom = -1;
                }
            }
            default -> {
                // colours (when not kept), titles and the rest change nothing of the text
            }
        }
    }

    private void moveUp(int count) {
        int from = upFrom >= 0 ? upFrom : row;
        store();
        row = Math.max(0, row - count);
        load();
        upFrom = row == from ? -1 : from;
    }

    /** A line end, or a move down: the line stays as it is and the cursor goes to the one below. */
    private void moveDown(int count) throws IOException {
        upFrom = -1;
        store();
        for (int k = 0; k < count; k++) {
            row++;
            if (row == rows.size()) {
                rows.add("");
            }
        }
        while (row >= SCREEN) {
            emit(rows.remove(0));
            out.append('\n');
            row--;
        }
        lineOpen = false;
        load();
    }

    /** Keeps the line being written in its row. */
    private void store() {
        rows.set(row, new String(line, 0, lineLength));
        returned = false;
    }

    /** Makes the cursor's row the line being written. */
    private void load() {
        String text = rows.get(row);
        if (text.length() > line.length) {
            line = new char[Math.max(text.length(), line.length * 2)];
        }
        text.getChars(0, text.length(), line, 0);
        lineLength = text.length();
    }

    private void appendToLine(char[] a, int from, int length) throws IOException {
        if (upFrom >= 0) {
            // moved up and wrote without erasing: not a redraw we can follow; the text goes where it was
            store();
            row = upFrom;
            load();
            upFrom = -1;
        }
        if (returned) {
            // a redraw: what follows a carriage return replaces the line (10%\r20% leaves 20%)
            lineLength = 0;
            returned = false;
        }
        if (lineLength + length > line.length) {
            line = java.util.Arrays.copyOf(line, Math.max(lineLength + length, line.length * 2));
        }
        System.arraycopy(a, from, line, lineLength, length);
        lineLength += length;
        if (lineLength >= lineFlush) {
            // a line this long is written out so far, with every line above it: no move reaches them again
            for (int r = 0; r < row; r++) {
                emit(rows.get(r));
                out.append('\n');
            }
            out.append(java.nio.CharBuffer.wrap(line, 0, lineLength));
            rows.subList(0, rows.size()).clear();
            rows.add("");
            row = 0;
            lineLength = 0;
            lineOpen = true;
        }
    }

    private void emit(String text) throws IOException {
        if (!text.isEmpty()) {
            out.append(text);
        }
    }

    /** Printable text needing no thought: not a control, DEL, C1, surrogate or bidi control. */
    private static boolean plain(char c) {
        return c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f) && c != 0x061c
                && !(c >= 0x200e && c <= 0x206f) && !Character.isSurrogate(c);
    }
}
