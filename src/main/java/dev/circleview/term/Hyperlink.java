package dev.circleview.term;

import java.util.Locale;

/**
 * OSC 8 hyperlinks, circle-view's own escape codes like {@link Style}'s: emitted only when colour is
 * on (so never into a pipe), and only around an address that cannot break out of the sequence.
 */
public final class Hyperlink {
    /** Terminals ignore longer addresses (VTE and iTerm2 cap them near 2 KiB). */
    private static final int MAX_LENGTH = 2048;
    private static final String OSC8 = "\u001b]8;;";
    private static final String ST = "\u001b\\";

    private Hyperlink() {
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
