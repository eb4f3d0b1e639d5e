package dev.circleview.cli;

import dev.circleview.AppContext;
import dev.circleview.command.ListBuildsCommand;
import picocli.CommandLine;

/** Builds the picocli command tree wired to one {@link AppContext}. */
public final class Cli {
    private Cli() {
    }

    public static CommandLine build(AppContext context) {
        CircleViewCommand root = new CircleViewCommand();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == ListBuildsCommand.class) {
                    return cls.cast(new ListBuildsCommand(context));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
        CommandLine cmd = new CommandLine(root, factory);
        ErrorHandler handler = new ErrorHandler(
                () -> root.global == null ? context.terminal() : root.global.terminal(context.terminal(), context.env()),
                () -> root.global != null && root.global.debug);
        cmd.setOut(context.terminal().out());
        cmd.setErr(context.terminal().err());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        // help is coloured as the output is: decided once --color has been parsed
        cmd.setExecutionStrategy(parseResult -> {
            boolean color = root.global.terminal(context.terminal(), context.env()).outColor();
            cmd.setColorScheme(CommandLine.Help.defaultColorScheme(color ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
            return new CommandLine.RunLast().execute(parseResult);
        });
        cmd.setExecutionExceptionHandler(handler);
        cmd.setParameterExceptionHandler(handler);
        return cmd;
    }
}
