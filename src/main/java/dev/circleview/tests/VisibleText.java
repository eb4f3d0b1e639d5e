package dev.circleview.tests;

import dev.circleview.term.DisplayWidth;

/**
 * Width and cutting of one line of sanitised text that may hold SGR colour sequences (what
 * {@code Sanitizer.text} keeps with colour on) and circle-view's own OSC 8 links: the sequences take
 * no room ({@link DisplayWidth#sequenceEnd}), are never cut in half, and a line that had any ends
 * with a reset, and a link cut open is closed, so that neither can run into the next line.
 */
final class VisibleText {
    private static final String RESET = "\u001b[0m";
    private static final String LINK_END = "\u001b]8;;\u001b\\";

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
        boolean linkOpen = false;
        int w = 0;
        int i = 0;
        while (i < line.length()) {
            int end = sequenceEnd(line, i);
            if (end > i) {
                out.append(line, i, end);
                if (line.charAt(i + 1) == ']') {
                    linkOpen = opensLink(line.substring(i, end));
                }
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
        return out.append(linkOpen ? LINK_END : "").append(RESET).append(fits ? "" : DisplayWidth.ELLIPSIS).toString();
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

    /** Whether an OSC 8 sequence starts a link (it has an address) rather than ends one (it has none). */
    private static boolean opensLink(String osc8) {
        String body = osc8.substring(4).replace("\u001b\\", "").replace("\u0007", "");
        int semicolon = body.indexOf(';');
        return semicolon >= 0 && semicolon < body.length() - 1;
    }

    /** Visible columns, not counting colour sequences and links. */
    static int width(String line) {
        return DisplayWidth.of(line);
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

    private static int sequenceEnd(String s, int i) {
        return DisplayWidth.sequenceEnd(s, i);
    }
}
