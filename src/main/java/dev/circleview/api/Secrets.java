package dev.circleview.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What must never be shown: the token and the values of the configured headers (whole, and the
 * credentials after a scheme such as {@code Bearer}), removed from anything a server says before it is
 * quoted, since a server or proxy may echo them back.
 */
record Secrets(List<String> values) {
    /** Shorter values are not secrets worth hiding, and removing them would garble messages. */
    private static final int MIN_LENGTH = 4;
    static final Secrets NONE = new Secrets(List.of());

    static Secrets of(ClientSettings settings) {
        List<String> values = new ArrayList<>();
        if (settings.token() != null) {
            values.add(settings.token());
        }
        for (String value : settings.headers().values()) {
            values.add(value);
            int space = value.indexOf(' ');
            if (space > 0) {
                values.add(value.substring(space + 1).strip());
            }
        }
        values.removeIf(v -> v.length() < MIN_LENGTH);
        // the longest first, so that a value holding another is removed whole
        values.sort(Comparator.comparingInt(String::length).reversed());
        return new Secrets(List.copyOf(values));
    }

    /** {@code text} with every secret replaced by {@code ***}. */
    String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : values) {
            result = result.replace(secret, "***");
        }
        return result;
    }
}
