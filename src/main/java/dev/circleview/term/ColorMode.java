package dev.circleview.term;

import java.util.Map;

/** {@code --color}: auto (the default), always or never. */
public enum ColorMode {
    AUTO, ALWAYS, NEVER;

    /**
     * Whether to colour a stream: the flag wins; then {@code CLICOLOR_FORCE} forces colour on;
     * {@code NO_COLOR}, {@code CLICOLOR=0} and {@code TERM=dumb} turn it off; otherwise colour
     * follows whether the stream is a terminal.
     */
    public boolean enabled(boolean isTerminal, Map<String, String> env) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> {
                String variable = environmentReason(env);
                yield variable == null ? isTerminal : variable.startsWith("CLICOLOR_FORCE");
            }
        };
    }

    /** Whether a variable of the environment decides colour under {@code auto} (see {@link #environmentReason}). */
    public static boolean environmentDecides(Map<String, String> env) {
        return environmentReason(env) != null;
    }

    /**
     * The variable that decides colour under {@code auto}, as said to a person ("CLICOLOR_FORCE is set",
     * "NO_COLOR is set", "CLICOLOR=0", "TERM=dumb"), or null when none does.
     */
    public static String environmentReason(Map<String, String> env) {
        String force = env.getOrDefault("CLICOLOR_FORCE", "");
        if (!force.isEmpty() && !force.equals("0")) {
            return "CLICOLOR_FORCE is set";
        }
        if (!env.getOrDefault("NO_COLOR", "").isEmpty()) {
            return "NO_COLOR is set";
        }
        if ("0".equals(env.get("CLICOLOR"))) {
            return "CLICOLOR=0";
        }
        return "dumb".equals(env.get("TERM")) ? "TERM=dumb" : null;
    }
}
