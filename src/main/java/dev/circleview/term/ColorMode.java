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
                String force = env.getOrDefault("CLICOLOR_FORCE", "");
                if (!force.isEmpty() && !force.equals("0")) {
                    yield true;
                }
                if (!env.getOrDefault("NO_COLOR", "").isEmpty()
                        || "0".equals(env.get("CLICOLOR"))
                        || "dumb".equals(env.get("TERM"))) {
                    yield false;
                }
                yield isTerminal;
            }
        };
    }
}
