package dev.circleview.cli;

import dev.circleview.core.Text;
import dev.circleview.core.UsageException;

/** Checks of argument values that become parts of request URLs. */
public final class Validation {
    private Validation() {
    }

    /** A branch name git could have made: not empty, not a dot segment, no control characters. */
    public static void branch(String name) {
        String why = null;
        if (name.isBlank()) {
            why = "it is empty";
        } else if (name.equals(".") || name.equals("..")) {
            why = "it is not a branch name";
        } else if (name.codePoints().anyMatch(cp -> Text.isUnsafe(cp) || Character.isWhitespace(cp))) {
            why = "it has spaces or control characters";
        }
        if (why != null) {
            throw new UsageException("invalid branch \"" + Text.quoteForMessage(name) + "\": " + why, null);
        }
    }
}
