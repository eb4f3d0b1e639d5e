package dev.circleview.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * Makes the picocli model of a command without reading its annotations. Each package that holds
 * commands has a class {@code GeneratedSpecs} that implements it: source generated from the
 * annotations (see README, "Development") and checked against them by a test.
 */
public interface SpecFactory {
    /**
     * The model of {@code command}, bound to its fields, or null when its class is not one of this
     * factory's.
     *
     * @param parent the user object of the command it is a subcommand of, or null for the root
     */
    CommandSpec spec(Object command, Object parent);
}
