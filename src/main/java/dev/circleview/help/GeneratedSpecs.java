package dev.circleview.help;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * GENERATED from the picocli annotations of this package's commands; do not edit. Regenerate with
 * {@code mvn -B test -Dtest=GeneratedSpecsTest -Dspecs.update=true} (see README, "Development").
 */
public final class GeneratedSpecs implements dev.circleview.cli.SpecFactory {
    static {
        dev.circleview.cli.CommandTree.register("dev.circleview.help", new GeneratedSpecs());
    }

    @Override
    public CommandSpec spec(Object command, Object parent) {
        if (command instanceof HelpCommand c) {
            return specHelpCommand(c, parent);
        }
        return null;
    }

    private static CommandSpec specHelpCommand(dev.circleview.help.HelpCommand c, Object parent) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
        spec.name("help");
        spec.usageMessage().description("%nWhen no COMMAND is given, the usage help for the main command is displayed.", "If a COMMAND is specified, the help for that command is shown.%n");
        spec.usageMessage().header("Display help information about the specified command.");
        spec.helpCommand(true);
        spec.usageMessage().synopsisHeading("%nUsage: ");
        var field1 = new HelpCommandFields(c, 0);
        spec.addOption(OptionSpec.builder("-h", "--help").description("Show usage help for the help command and exit.").descriptionKey("helpCommand.help").usageHelp(true).paramLabel("<helpRequested>").type(boolean.class).getter(field1).setter(field1).initialValue(c.helpRequested).hasInitialValue(true).build());
        var field2 = new HelpCommandFields(c, 1);
        spec.addPositional(PositionalParamSpec.builder().arity("0..1").description("The COMMAND to display the usage help message for.").descriptionKey("helpCommand.command").paramLabel("COMMAND").type(java.lang.String.class).getter(field2).setter(field2).initialValue(c.command).hasInitialValue(true).build());
        return spec;
    }

    private record HelpCommandFields(dev.circleview.help.HelpCommand o, int field) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) switch (field) {
                case 0 -> (Object) o.helpRequested;
                case 1 -> (Object) o.command;
                default -> throw new IllegalStateException("no field " + field);
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            switch (field) {
                case 0 -> o.helpRequested = (java.lang.Boolean) value;
                case 1 -> o.command = (java.lang.String) value;
                default -> throw new IllegalStateException("no field " + field);
            }
            return old;
        }
    }
}
