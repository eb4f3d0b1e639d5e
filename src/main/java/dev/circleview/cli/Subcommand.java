package dev.circleview.cli;

import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * One row of the table of subcommands ({@code dev.circleview.Commands}), which picocli set-up, help,
 * completions, man pages and the warm-up all read.
 *
 * @param name    what the user types
 * @param aliases other names for it
 * @param network whether it talks to CircleCI, so that the connection is warmed up while it starts
 * @param make    makes the command (a picocli-annotated object)
 * @param model   its picocli model, generated at build time from its annotations (the command's
 *                {@code <Command>Model.spec}), given the command and its parent command
 */
public record Subcommand(String name, List<String> aliases, boolean network, Supplier<Object> make,
                         BiFunction<Object, Object, CommandSpec> model) {

    /** A row whose command is made by {@code make} and modelled by its generated {@code model}. */
    public static <T> Subcommand of(String name, List<String> aliases, boolean network, Supplier<T> make,
                                    BiFunction<T, Object, CommandSpec> model) {
        @SuppressWarnings("unchecked")
        BiFunction<Object, Object, CommandSpec> typed = (command, parent) -> model.apply((T) command, parent);
        return new Subcommand(name, aliases, network, make::get, typed);
    }

    /** Whether {@code word} names this subcommand. */
    public boolean named(String word) {
        return name.equals(word) || aliases.contains(word);
    }
}
