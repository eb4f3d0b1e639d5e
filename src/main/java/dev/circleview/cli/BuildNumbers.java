package dev.circleview.cli;

import dev.circleview.core.Text;
import dev.circleview.core.UsageException;

/**
 * Build numbers given as arguments. A number becomes part of a request path, so anything that is
 * not plainly a positive whole number (signs, spaces, slashes, dots, percent escapes, control or
 * non-ASCII characters, values past {@link Integer#MAX_VALUE}) is a usage error before any request.
 */
public final class BuildNumbers {
    /** The longest digit string accepted, leading zeros included: more is never a build number. */
    private static final int MAX_DIGITS = 12;

    private BuildNumbers() {
    }

    /**
     * The build number in {@code text}: ASCII digits, optionally after one {@code #} (as CircleCI
     * shows them), between 1 and {@link Integer#MAX_VALUE}.
     *
     * @throws UsageException for anything else
     */
    public static int parse(String text) {
        if (text == null || text.isEmpty()) {
            throw invalid("", "it is empty");
        }
        String digits = text.startsWith("#") ? text.substring(1) : text;
        if (digits.isEmpty()) {
            throw invalid(text, "it has no digits");
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid(text, "only the digits 0-9 may be used");
            }
        }
        if (digits.length() > MAX_DIGITS) {
            throw invalid(text, "it has too many digits");
        }
        long value = Long.parseLong(digits);
        if (value < 1) {
            throw invalid(text, "build numbers start at 1");
        }
        if (value > Integer.MAX_VALUE) {
            throw invalid(text, "it is too large");
        }
        return (int) value;
    }

    private static UsageException invalid(String text, String why) {
        return new UsageException("invalid build number \"" + Text.quoteForMessage(text) + "\": " + why,
                "give the number CircleCI shows for the build, e.g. 123");
    }
}
