package dev.circleview;

import dev.circleview.api.Sleeper;
import dev.circleview.cli.Cli;
import dev.circleview.startup.Training;
import dev.circleview.term.ColorMode;
import dev.circleview.term.Terminal;

import java.nio.file.Path;
import java.util.Map;

/** The composition root: builds the context and the command line, runs, closes, exits. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && Training.FLAG.equals(args[0])) {
            System.exit(Training.run());
        }
        Map<String, String> env = System.getenv();
        int code;
        try (AppContext context = new AppContext(Terminal.system(env, ColorMode.AUTO), new SystemClock(), env,
                Path.of("").toAbsolutePath(), Sleeper.REAL)) {
            code = Cli.execute(context, args);
        }
        System.exit(code);
    }
}
