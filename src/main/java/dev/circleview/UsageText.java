package dev.circleview;

import dev.circleview.api.Sleeper;
import dev.circleview.app.Session;
import dev.circleview.cli.RootUsage;
import dev.circleview.term.Terminal;
import picocli.CommandLine;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Renders the main usage, plain and in colour, into the folder it is given: run by the build
 * (pom.xml, after compiling) so that {@code circle-view}, {@code --help} and {@code help} print it
 * without building the command tree ({@link RootUsage}). Never run by circle-view itself.
 */
public final class UsageText {
    private UsageText() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        try (Session session = new Session(Terminal.forTest(new StringWriter(), new StringWriter(), false, false, Terminal.DEFAULT_WIDTH),
                Clock.systemUTC(), Map.of(), Path.of("").toAbsolutePath(), Sleeper.REAL)) {
            CommandLine tree = Main.tree(session, true).all(session.console(), session::terminal);
            for (boolean color : new boolean[] {false, true}) {
                String text = tree.getUsageMessage(CommandLine.Help.defaultColorScheme(color ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
                Files.writeString(dir.resolve(color ? RootUsage.COLOR : RootUsage.PLAIN), text, StandardCharsets.UTF_8);
            }
        }
    }
}
