package dev.circleview.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * What a terminal shows after some text is written to it, for the few controls circle-view uses to
 * draw and erase in place: carriage return (back to the start of the line) and {@code ESC [ K} (erase
 * to the end of the line). Any other escape sequence is kept as text, so that a test sees it.
 */
public final class Screen {
    private Screen() {
    }

    /** The lines on screen, the last one without its newline only when the text did not end one. */
    public static List<String> lines(String written) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int cursor = 0;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == '\n') {
                lines.add(line.toString());
                line.setLength(0);
                cursor = 0;
            } else if (c == '\r') {
                cursor = 0;
            } else if (written.startsWith("\u001b[K", i)) {
                line.setLength(cursor);
                i += 2;
            } else {
                if (cursor < line.length()) {
                    line.setCharAt(cursor, c);
                } else {
                    line.append(c);
                }
                cursor++;
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
