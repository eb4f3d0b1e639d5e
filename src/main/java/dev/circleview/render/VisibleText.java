package dev.circleview.render;

import dev.circleview.term.DisplayWidth;

/**
 * Width and cutting of one line of sanitised text that may hold SGR colour sequences (what
 * {@code Sanitizer.text} keeps with colour on): the sequences take no room, are never cut in half,
 * and a line that had any ends with a reset so that its colour cannot run into the next line.
 */
final class VisibleText {
    private static final String RESET = "\u001b[0m";

    private VisibleText() {
    }

    /** {@code line} cut to {@code columns} visible columns, ending in an ellipsis when cut. */
    static String truncate(String line, int columns) {
        boolean styled = line.indexOf('\u001b') >= 0;
        if (!styled) {
            return DisplayWidth.truncate(line, columns);
        }
        boolean fits = width(line) <= columns;
        int room = fits ? columns : columns - 1;
        StringBuilder out = new StringBuilder();
        int w = 0;
        int i = 0;
        while (i < line.length()) {
            int end = sequenceEnd(line, i);
            if (end > i) {
                out.append(line, i, end);
                i = end;
                continue;
            }
            int cp = line.codePointAt(i);
            int cw = DisplayWidth.of(cp);
            if (w + cw > room) {
                break;
            }
            out.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return out.append(RESET).append(fits ? "" : DisplayWidth.ELLIPSIS).toString();
    }

    /** {@code line} without the spaces at its end, keeping any colour sequences that follow them. */
    static String stripTrailing(String line) {
        int visibleEnd = 0;
        int i = 0;
        while (i < line.length()) {
            int end = sequenceEnd(line, i);
            if (end > i) {
                i = end;
                continue;
            }
            if (!Character.isWhitespace(line.charAt(i))) {
                visibleEnd = i + 1;
            }
            i++;
        }
        // the sequences between the last visible character and the end, without the spaces among them
        StringBuilder out = new StringBuilder(line.substring(0, visibleEnd));
        int j = visibleEnd;
        while (j < line.length()) {
            int end = sequenceEnd(line, j);
            if (end > j) {
                out.append(line, j, end);
                j = end;
            } else {
                j++;
            }
        }
        return out.toString();
    }

    /** Visible columns, not counting colour sequences. */
    static int width(String line) {
        return DisplayWidth.of(strip(line));
    }

    static boolean isBlank(String line) {
        return strip(line).isBlank();
    }

    private static String strip(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            int end = sequenceEnd(line, i);
            if (end > i) {
                i = end;
            } else {
                out.append(line.charAt(i++));
            }
        }
        return out.toString();
    }

    /** The end of the ESC [ ... m sequence at {@code i}, or {@code i} when none starts there. */
    private static int sequenceEnd(String s, int i) {
        if (s.charAt(i) != '\u001b' || i + 1 >= s.length() || s.charAt(i + 1) != '[') {
            return i;
        }
        int j = i + 2;
        while (j < s.length() && ((s.charAt(j) >= '0' && s.charAt(j) <= '9') || s.charAt(j) == ';' || s.charAt(j) == ':')) {
            j++;
        }
        return j < s.length() && s.charAt(j) == 'm' ? j + 1 : i;
    }
}
