package dev.circleview.cli;

import java.util.List;
import java.util.function.Supplier;

/**
 * One row of the table of subcommands ({@code dev.circleview.Commands}), which picocli set-up, help,
 * completions, man pages and the warm-up all read.
 *
 * @param name    what the user types
 * @param aliases other names for it
 * @param network whether it talks to CircleCI, so that the connection is warmed up while it starts
 * @param make    makes the command (a picocli-annotated object)
 */
public record Subcommand(String name, List<String> aliases, boolean network, Supplier<Object> make) {
    /** Whether {@code word} names this subcommand. */
    public boolean named(String word) {
        return name.equals(word) || aliases.contains(word);
    }
}
