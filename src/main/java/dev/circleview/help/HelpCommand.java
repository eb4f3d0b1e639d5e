package dev.circleview.help;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code circle-view help [COMMAND]}: the usage help of the main command or of one subcommand. It says
 * and does what picocli's own help command does; being ours, its model is generated like the other
 * commands' instead of read from annotations at every start.
 */
@Command(name = "help", helpCommand = true,
        header = "Display help information about the specified command.",
        synopsisHeading = "%nUsage: ",
        description = {"%nWhen no COMMAND is given, the usage help for the main command is displayed.",
                "If a COMMAND is specified, the help for that command is shown.%n"})
public final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "helpCommand.help",
            description = "Show usage help for the help command and exit.")
    boolean helpRequested;

    @Parameters(paramLabel = "COMMAND", arity = "0..1", descriptionKey = "helpCommand.command",
            description = "The COMMAND to display the usage help message for.")
    String command;

    private CommandLine self;
    private CommandLine.Help.ColorScheme colors;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = out;
    }

    @Override
    public Integer call() {
        CommandLine parent = self.getParent();
        CommandLine target = command == null ? parent : parent.getSubcommands().get(command);
        if (target == null) {
            throw new CommandLine.ParameterException(parent, "Unknown subcommand '" + command + "'", null, command);
        }
        target.usage(out, colors);
        return target.getCommandSpec().exitCodeOnUsageHelp();
    }
}
