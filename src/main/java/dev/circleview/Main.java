package dev.circleview;

import dev.circleview.api.Sleeper;
import dev.circleview.app.Session;
import dev.circleview.app.SystemClock;
import dev.circleview.cli.CircleViewCommand;
import dev.circleview.cli.CommandTree;
import dev.circleview.cli.RootUsage;
import dev.circleview.cli.VersionProvider;
import dev.circleview.config.Settings;
import dev.circleview.startup.Training;
import dev.circleview.startup.Warmup;
import dev.circleview.term.ColorMode;
import dev.circleview.term.Terminal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/** The composition root: argv, then a {@link Session}, then the command it names, then an exit code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && Training.FLAG.equals(args[0])) {
            System.exit(Training.run(Main::run));
        }
        Map<String, String> env = System.getenv();
        int code;
        try (Session session = new Session(Terminal.system(env, ColorMode.AUTO), new SystemClock(), env,
                Path.of("").toAbsolutePath(), Sleeper.REAL)) {
            code = run(session, args);
        }
        System.exit(code);
    }

    /**
     * Runs {@code args} in {@code session} and returns the exit code. The two questions asked most
     * without a command are answered without building the command tree: the main usage
     * ({@link RootUsage#isRequest}), from text rendered at build time, in colour as the terminal and
     * settings decide; and the version. A subcommand that talks to CircleCI has its connection warmed
     * up on other threads while picocli parses ({@link Warmup}).
     */
    public static int run(Session session, String[] args) {
        // the main usage the build rendered is 80 columns wide: a narrower terminal gets picocli's, wrapped to fit
        if (RootUsage.isRequest(args) && CommandTree.usageWidth(session.console()) == 80) {
            session.console().out().print(RootUsage.text(session.terminal().outColor()));
            return 0;
        }
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            for (String line : new VersionProvider().getVersion()) {
                session.console().out().println(line);
            }
            return 0;
        }
        CommandTree tree = tree(session, true);
        CommandTree.Named named = tree.named(args);
        if (named.row() != null && named.row().network()) {
            Settings.Guess guess = session.guessConnection(args);
            // builds without --json (or --jq) reads and prints without the JSON mapper
            boolean mapper = !"builds".equals(named.row().name())
                    || Arrays.stream(args).anyMatch(a -> a.startsWith("--json") || a.startsWith("--jq"));
            Warmup.start(guess.apiRoot(), guess.caFile(), mapper);
        }
        return tree.commandLine(named, session.console(), session::terminal).execute(args);
    }

    /**
     * The command tree of {@code session}, with the generated models or (not {@code generated}) as
     * picocli reads the annotations: for help, completion scripts and documentation.
     */
    public static CommandTree tree(Session session, boolean generated) {
        return new CommandTree(new CircleViewCommand(session.flags()), Commands.all(session), generated);
    }
}
