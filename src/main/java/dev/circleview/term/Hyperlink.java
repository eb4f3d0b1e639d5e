package dev.circleview.term;

import java.util.Locale;
import java.util.Map;

/**
 * OSC 8 hyperlinks, circle-view's own escape codes like {@link Style}'s: emitted only on a terminal
 * with colour on ({@link Terminal#links()}: never into a pipe), and only around an address that
 * cannot break out of the sequence. They take no room: {@link DisplayWidth} skips them.
 */
public final class Hyperlink {
    /** Set to anything but empty, it turns hyperlinks off, as {@code --no-hyperlinks} does. */
    public static final String NO_HYPERLINKS_ENV = "CIRCLE_VIEW_NO_HYPERLINKS";
    /** Terminals ignore longer addresses (VTE and iTerm2 cap them near 2 KiB). */
    private static final int MAX_LENGTH = 2048;
    private static final String OSC8 = "\u001b]8;;";
    private static final String ST = "\u001b\\";

    private Hyperlink() {
    }

    /**
     * Whether the environment lets hyperlinks through: not on a {@code TERM=dumb} terminal, which
     * would print the sequence, and not when {@value #NO_HYPERLINKS_ENV} is set.
     */
    public static boolean allowed(Map<String, String> env) {
        return !"dumb".equals(env.get("TERM")) && env.getOrDefault(NO_HYPERLINKS_ENV, "").isEmpty();
    }

    /**
     * {@code text} linked to {@code url} when {@code enabled} and the address is a plain http(s)
     * one; otherwise {@code text} alone. {@code text} must already be safe for a terminal.
     */
    public static String apply(String url, String text, boolean enabled) {
        if (!enabled || text.isEmpty() || !isLinkable(url)) {
            return text;
        }
        return OSC8 + url + ST + text + OSC8 + ST;
    }

    /**
     * {@code line} with the part {@code text} at {@code start} linked to {@code url} (as {@link #apply});
     * {@code line} as it is when that part is not there whole (a cut line).
     */
    public static String applyAt(String line, int start, String text, String url, boolean enabled) {
        if (!line.startsWith(text, start)) {
            return line;
        }
        int end = start + text.length();
        return line.substring(0, start) + apply(url, text, enabled) + line.substring(end);
    }

    /** An http or https address of printable ASCII only: no spaces, controls or escapes. */
    public static boolean isLinkable(String url) {
        if (url == null || url.length() > MAX_LENGTH) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://")) || lower.indexOf("://") + 3 == url.length()) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }
}
