package dev.circleview.cli;

import dev.circleview.AppContext;
import dev.circleview.command.CancelBuildCommand;
import dev.circleview.command.CompletionCommand;
import dev.circleview.command.ListArtifactsCommand;
import dev.circleview.command.ListBuildsCommand;
import dev.circleview.command.ListTestsCommand;
import dev.circleview.command.RetryBuildCommand;
import dev.circleview.command.StatusCommand;
import dev.circleview.command.WatchCommand;
import dev.circleview.command.TriggerBuildCommand;
import dev.circleview.command.ViewBuildCommand;
import dev.circleview.config.Settings;
import dev.circleview.startup.Warmup;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the picocli command tree wired to one {@link AppContext}. picocli reads every command's
 * annotations when the command is added (reflection, and a proxy class per annotation type): a run
 * that names its subcommand only pays for that one.
 */
public final class Cli {
    private Cli() {
    }

    /** Subcommands that talk to CircleCI: their set-up starts on a second thread at once. */
    private static final Set<String> NETWORK_COMMANDS = Set.of("builds", "retry", "cancel", "trigger", "build", "tests", "artifacts", "status", "watch");

    /** Other names of subcommands (their {@code @Command(aliases)}), for finding the one a run names. */
    private static final Map<String, String> ALIASES = Map.of("view", "build");

    /** The subcommands, by name, made with the context. */
    private static Map<String, Function<AppContext, Object>> subcommands() {
        Map<String, Function<AppContext, Object>> all = new LinkedHashMap<>();
        all.put("builds", ListBuildsCommand::new);
        all.put("build", ViewBuildCommand::new);
        all.put("retry", RetryBuildCommand::new);
        all.put("cancel", CancelBuildCommand::new);
        all.put("trigger", TriggerBuildCommand::new);
        all.put("tests", ListTestsCommand::new);
        all.put("artifacts", ListArtifactsCommand::new);
        all.put("status", StatusCommand::new);
        all.put("watch", WatchCommand::new);
        all.put("completion", CompletionCommand::new);
        all.put("help", context -> new CommandLine.HelpCommand());
        return all;
    }

    /** The whole command tree: for help, completion scripts and documentation. */
    public static CommandLine build(AppContext context) {
        return build(context, null);
    }

    /** The tree {@code args} need: the root and the subcommand they name, or everything when they name none. */
    public static CommandLine build(AppContext context, String[] args) {
        CircleViewCommand root = new CircleViewCommand();
        CommandLine cmd = new CommandLine(root);
        Map<String, Function<AppContext, Object>> subcommands = subcommands();
        String named = args == null ? null : subcommandNamed(cmd, args, subcommands);
        if (named != null && NETWORK_COMMANDS.contains(named)) {
            Warmup.start(defaultTrustLikely(context, args));
        }
        subcommands.forEach((name, make) -> {
            if (named == null || named.equals(name)) {
                cmd.addSubcommand(name, make.apply(context));
            }
        });
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
            int code = new CommandLine.RunLast().execute(parseResult);
            // a pager the reader quit early is the reader's choice, not a failure (gh and git agree)
            context.terminal().out().flush();
            return context.terminal().pagerQuit() ? 0 : code;
        });
        cmd.setExecutionExceptionHandler(handler);
        cmd.setParameterExceptionHandler(handler);
        return cmd;
    }

    /** A guess, before parsing, that the API root is https and no extra CA file is given. */
    private static boolean defaultTrustLikely(AppContext context, String[] args) {
        String api = context.env().getOrDefault(Settings.API_URL_ENV, "");
        boolean caCert = !context.env().getOrDefault(Settings.CACERT_ENV, "").isBlank();
        for (int i = 0; i < args.length; i++) {
            caCert |= args[i].startsWith("--cacert");
            if (args[i].startsWith("--api-url=")) {
                api = args[i].substring("--api-url=".length());
            } else if (args[i].equals("--api-url") && i + 1 < args.length) {
                api = args[i + 1];
            }
        }
        return !caCert && !api.startsWith("http:");
    }

    /**
     * The subcommand {@code args} name, when the first word that is not a root option (or its
     * value) is one; "" (none at all) for a bare {@code --version}; null otherwise, for which every
     * subcommand is added (usage, suggestions).
     */
    private static String subcommandNamed(CommandLine root, String[] args, Map<String, ?> subcommands) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-") || arg.equals("-")) {
                String name = ALIASES.getOrDefault(arg, arg);
                return subcommands.containsKey(name) && !name.equals("help") ? name : null;
            }
            OptionSpec option = arg.contains("=") ? null : root.getCommandSpec().findOption(arg);
            if (option != null && option.arity().max() > 0) {
                i++;
            }
        }
        boolean version = false;
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help")) {
                return null;
            }
            version |= arg.equals("-V") || arg.equals("--version");
        }
        return version ? "" : null;
    }
}
