package dev.circleview.cli;

import dev.circleview.term.DisplayWidth;
import dev.circleview.term.Terminal;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The picocli command tree of one run: the root command and the subcommands of the table
 * ({@code dev.circleview.Commands}), wired to the error handler and to colour. Each command comes
 * with its picocli model, generated at build time from its annotations ({@code <Command>Model}),
 * which saves picocli reading them at every start (reflection, and a proxy class per annotation
 * type); and a run that names its subcommand only makes that one.
 */
public final class CommandTree {
    static {
        // No Groovy closures, and no converters for java.sql and java.time types (no option has one):
        // picocli would otherwise look each up by reflection for every command line it makes.
        System.setProperty("picocli.disable.closures", "true");
        System.setProperty("picocli.converters.excludes", "java\\.sql\\..*,java\\.time\\..*");
    }

    private final CircleViewCommand root;
    private final List<Subcommand> subcommands;
    private final boolean generated;
    private final CommandLine cmd;

    /**
     * @param generated whether to use the generated models; false for picocli's own reading of the
     *                  annotations, which the generated models are made from and checked against
     */
    public CommandTree(CircleViewCommand root, List<Subcommand> subcommands, boolean generated) {
        this.root = root;
        this.subcommands = subcommands;
        this.generated = generated;
        this.cmd = new CommandLine(generated ? CircleViewCommandModel.spec(root, null) : root);
    }

    /**
     * The subcommand {@code args} name, when the first word that is not a root option (or its
     * value) is one; {@link Named#NONE} for a bare {@code --version}; {@link Named#ALL} otherwise, for
     * which every subcommand is added (usage, suggestions).
     */
    public Named named(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-") || arg.equals("-")) {
                return subcommands.stream().filter(s -> s.named(arg) && !s.name().equals("help"))
                        .findFirst().map(Named::new).orElse(Named.ALL);
            }
            OptionSpec option = arg.contains("=") ? null : cmd.getCommandSpec().findOption(arg);
            if (option != null && option.arity().max() > 0) {
                i++;
            }
        }
        boolean version = false;
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help")) {
                return Named.ALL;
            }
            version |= arg.equals("-V") || arg.equals("--version");
        }
        return version ? Named.NONE : Named.ALL;
    }

    /**
     * What {@link #named} found: one subcommand ({@code row}), none at all, or all of them.
     *
     * @param row the subcommand, or null for none or all
     */
    public record Named(Subcommand row) {
        public static final Named NONE = new Named(null);
        public static final Named ALL = new Named(null);

        boolean includes(Subcommand s) {
            return this == ALL || row == s;
        }
    }

    /** The whole tree: for help, completion scripts and documentation. */
    public CommandLine all(Terminal console, Supplier<Terminal> terminal) {
        return commandLine(Named.ALL, console, terminal);
    }

    /**
     * The tree with the subcommands {@code named} includes, printing to {@code console} and reporting
     * errors to {@code terminal} (asked when an error happens, so that it reflects {@code --color}
     * once parsed); usage help is coloured as {@code terminal} decides.
     */
    public CommandLine commandLine(Named named, Terminal console, Supplier<Terminal> terminal) {
        for (Subcommand s : subcommands) {
            if (named.includes(s)) {
                Object command = s.make().get();
                cmd.addSubcommand(s.name(), generated ? s.model().apply(command, root) : command, s.aliases().toArray(String[]::new));
                // 'circle-view builds --version' prints the version, as 'circle-view --version' does
                cmd.getSubcommands().get(s.name()).getCommandSpec().versionProvider(cmd.getCommandSpec().versionProvider());
                if (command instanceof JsonFieldsSource fields) {
                    offerFields(cmd.getSubcommands().get(s.name()).getCommandSpec(), fields);
                }
            }
        }
        BooleanSupplier debug = () -> root.global.debug();
        ErrorHandler handler = new ErrorHandler(terminal, debug);
        cmd.setOut(console.out());
        cmd.setErr(console.err());
        // help wraps its text at the terminal's width, by words (picocli's least is 55; wider stays 80)
        int width = usageWidth(console);
        cmd.setUsageHelpWidth(width);
        wrapFooters(cmd, width);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        // help is coloured as the output is: decided once --color has been parsed
        cmd.setExecutionStrategy(parseResult -> {
            boolean color = terminal.get().outColor();
            cmd.setColorScheme(CommandLine.Help.defaultColorScheme(color ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
            int code = new CommandLine.RunLast().execute(parseResult);
            // a pager the reader quit early is the reader's choice, not a failure (gh and git agree)
            console.out().flush();
            return console.pagerQuit() ? 0 : code;
        });
        cmd.setExecutionExceptionHandler(handler);
        cmd.setParameterExceptionHandler(handler);
        return cmd;
    }

    /**
     * The footers (examples, notes) are written as lines; picocli would cut one longer than the help is
     * wide at any punctuation, inside a word or a URL. Here a long line wraps at spaces only, its
     * continuation indented one step further than the line.
     */
    private static void wrapFooters(CommandLine cmd, int width) {
        List<CommandLine> all = new java.util.ArrayList<>(List.of(cmd));
        all.addAll(cmd.getSubcommands().values());
        for (CommandLine c : all) {
            c.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, help -> {
                StringBuilder out = new StringBuilder();
                for (String line : help.commandSpec().usageMessage().footer()) {
                    for (String part : wrap(help.colorScheme().ansi().string(line), width)) {
                        out.append(part).append(System.lineSeparator());
                    }
                }
                return out.toString();
            });
        }
    }

    /** {@code line} in lines of at most {@code width} columns where it has spaces to wrap at. */
    static List<String> wrap(String line, int width) {
        List<String> lines = new java.util.ArrayList<>();
        String indent = line.substring(0, line.length() - line.stripLeading().length()) + "  ";
        String rest = line;
        while (DisplayWidth.of(rest) > width) {
            int cut = -1;
            for (int i = rest.length() - 1; i > indent.length(); i--) {
                if (rest.charAt(i) == ' ' && DisplayWidth.of(rest.substring(0, i)) <= width && !rest.substring(0, i).isBlank()) {
                    cut = i;
                    break;
                }
            }
            if (cut < 0) {
                break;
            }
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = indent + rest.substring(cut).strip();
        }
        lines.add(rest);
        return lines;
    }

    /** How wide usage help is laid out: the terminal's width up to 80, at least picocli's 55; 80 into a pipe. */
    public static int usageWidth(Terminal console) {
        return console.isOutTerminal() ? Math.max(55, Math.min(DEFAULT_WIDTH, console.width())) : DEFAULT_WIDTH;
    }

    private static final int DEFAULT_WIDTH = 80;

    /**
     * Lets completion offer the command's JSON fields as {@code --json}'s values: the option made anew
     * with them as its candidates, worked out only when they are asked for (the JSON mapper is not
     * made for a run that does not print JSON).
     */
    private static void offerFields(CommandSpec spec, JsonFieldsSource source) {
        OptionSpec json = spec.findOption("--json");
        if (json != null) {
            Iterable<String> lazy = () -> source.jsonFields().iterator();
            spec.remove(json);
            spec.addOption(OptionSpec.builder(json).completionCandidates(lazy).build());
        }
    }
}
