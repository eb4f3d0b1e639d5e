package dev.circleview.cli;

import dev.circleview.AppContext;
import dev.circleview.api.ClientSettings;
import dev.circleview.command.CancelBuildCommand;
import dev.circleview.command.CompletionCommand;
import dev.circleview.command.DoctorCommand;
import dev.circleview.command.HelpCommand;
import dev.circleview.command.ListArtifactsCommand;
import dev.circleview.command.ListBuildsCommand;
import dev.circleview.command.ListProjectsCommand;
import dev.circleview.command.ListTestsCommand;
import dev.circleview.command.RetryBuildCommand;
import dev.circleview.command.StatusCommand;
import dev.circleview.command.WatchCommand;
import dev.circleview.command.TriggerBuildCommand;
import dev.circleview.command.ViewBuildCommand;
import dev.circleview.config.ConfigFile;
import dev.circleview.config.Settings;
import dev.circleview.startup.Warmup;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Builds the picocli command tree wired to one {@link AppContext}. picocli reads every command's
 * annotations when the command is added (reflection, and a proxy class per annotation type): a run
 * that names its subcommand only pays for that one.
 */
public final class Cli {
    static {
        // No Groovy closures, and no converters for java.sql and java.time types (no option has one):
        // picocli would otherwise look each up by reflection for every command line it makes.
        System.setProperty("picocli.disable.closures", "true");
        System.setProperty("picocli.converters.excludes", "java\\.sql\\..*,java\\.time\\..*");
    }

    private Cli() {
    }

    /** Subcommands that talk to CircleCI: their set-up starts on a second thread at once. */
    private static final Set<String> NETWORK_COMMANDS = Set.of("builds", "retry", "cancel", "trigger", "build", "tests",
            "artifacts", "status", "watch", "projects", "doctor");

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
        all.put("projects", ListProjectsCommand::new);
        all.put("doctor", DoctorCommand::new);
        all.put("completion", CompletionCommand::new);
        all.put("help", context -> new HelpCommand());
        return all;
    }

    /**
     * Runs {@code args} and returns the exit code. The two questions asked most without a command
     * are answered without building the command tree: the main usage ({@link RootUsage#isRequest}),
     * from text rendered at build time, in colour as the terminal and settings decide; and the
     * version.
     */
    public static int execute(AppContext context, String[] args) {
        if (RootUsage.isRequest(args)) {
            context.terminal().out().print(RootUsage.text(new GlobalOptions().terminal(context).outColor()));
            return 0;
        }
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            for (String line : new VersionProvider().getVersion()) {
                context.terminal().out().println(line);
            }
            return 0;
        }
        return build(context, args).execute(args);
    }

    /** The whole command tree: for help, completion scripts and documentation. */
    public static CommandLine build(AppContext context) {
        return build(context, null);
    }

    /** The tree {@code args} need: the root and the subcommand they name, or everything when they name none. */
    public static CommandLine build(AppContext context, String[] args) {
        return build(context, args, true);
    }

    /** The whole tree as picocli reads it from the annotations: what the generated models are made from and checked against. */
    public static CommandLine annotated(AppContext context) {
        return build(context, null, false);
    }

    private static CommandLine build(AppContext context, String[] args, boolean generated) {
        CircleViewCommand root = new CircleViewCommand();
        CommandLine cmd = new CommandLine(model(root, null, generated));
        Map<String, Function<AppContext, Object>> subcommands = subcommands();
        String named = args == null ? null : subcommandNamed(cmd, args, subcommands);
        if (named != null && NETWORK_COMMANDS.contains(named)) {
            guessConnection(context, args, named);
        }
        subcommands.forEach((name, make) -> {
            if (named == null || named.equals(name)) {
                cmd.addSubcommand(name, model(make.apply(context), root, generated));
            }
        });
        ErrorHandler handler = new ErrorHandler(
                () -> root.global == null ? context.terminal() : root.global.terminal(context),
                () -> root.global != null && root.global.debug);
        cmd.setOut(context.terminal().out());
        cmd.setErr(context.terminal().err());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        // help is coloured as the output is: decided once --color has been parsed
        cmd.setExecutionStrategy(parseResult -> {
            boolean color = root.global.terminal(context).outColor();
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

    /** Generated model factories, by package; registered by their classes' initialisers. */
    private static final Map<String, SpecFactory> FACTORIES = new ConcurrentHashMap<>();

    /** Called by each generated {@code GeneratedSpecs} class when it is loaded. */
    public static void register(String packageName, SpecFactory factory) {
        FACTORIES.put(packageName, factory);
    }

    /**
     * {@code command}'s model from its package's generated factory, which saves picocli reading
     * annotations (reflection, and a generated proxy class per annotation type) at every start; the
     * command itself, for picocli to read, when there is none (a command of picocli's, or a package
     * whose generated source was removed to be made again).
     */
    private static Object model(Object command, Object parent, boolean generated) {
        if (!generated) {
            return command;
        }
        String pkg = command.getClass().getPackageName();
        if (!FACTORIES.containsKey(pkg)) {
            try {
                Class.forName(pkg + ".GeneratedSpecs", true, Cli.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                // no generated models in this package
            }
            FACTORIES.putIfAbsent(pkg, (c, p) -> null);
        }
        CommandSpec spec = FACTORIES.get(pkg).spec(command, parent);
        return spec == null ? command : spec;
    }

    /**
     * Starts {@link Warmup} with a guess, before parsing, of the API root and CA file, in the order
     * {@link Settings#client} takes them: the flag's value, else the environment's, else the default
     * when there is no config file. A config file might name others, and is not read this early: then
     * no root is guessed. None when the URL looks wrong. The JSON mapper is made ahead too, unless
     * the command is {@code builds} without {@code --json}, which reads and prints without it.
     */
    private static void guessConnection(AppContext context, String[] args, String command) {
        String api = null;
        String caFile = null;
        String config = null;
        for (int i = 0; i < args.length; i++) {
            api = flagValue(args, i, "--api-url", api);
            caFile = flagValue(args, i, "--cacert", caFile);
            config = flagValue(args, i, "--config", config);
        }
        api = Settings.firstNonBlank(api, context.env().get(Settings.API_URL_ENV));
        caFile = Settings.firstNonBlank(caFile, context.env().get(Settings.CACERT_ENV));
        try {
            Path ca = caFile == null ? null : context.cwd().resolve(caFile);
            URI root;
            if (api != null) {
                root = new URI(api.strip());
            } else {
                Path file = ConfigFile.locate(config == null ? null : Path.of(config), context.env(), context.cwd()).path();
                root = file != null && Files.exists(file) ? null : ClientSettings.DEFAULT_BASE_URL;
            }
            Warmup.start(root, ca, !"builds".equals(command) || List.of(args).contains("--json"));
        } catch (URISyntaxException | InvalidPathException e) {
            // parsing the flags will say what is wrong
        }
    }

    /** The value of {@code --name VALUE} or {@code --name=VALUE} at {@code args[i]}, else {@code current}. */
    private static String flagValue(String[] args, int i, String name, String current) {
        if (args[i].startsWith(name + "=")) {
            return args[i].substring(name.length() + 1);
        }
        return args[i].equals(name) && i + 1 < args.length ? args[i + 1] : current;
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
