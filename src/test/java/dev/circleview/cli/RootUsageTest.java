package dev.circleview.cli;

import dev.circleview.app.Session;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main usage rendered at build time ({@link RootUsage}) is what picocli renders from the command
 * model, byte for byte, plain and in colour, and so is the version printed without the command tree.
 */
class RootUsageTest {
    @TempDir
    Path dir;

    private String rendered(boolean color) {
        CommandLine tree = new TestContext(dir).wholeTree(true);
        return tree.getUsageMessage(CommandLine.Help.defaultColorScheme(color ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    }

    @Test
    void theUsageTheBuildRenderedIsWhatPicocliRenders() {
        for (boolean color : new boolean[] {false, true}) {
            assertEquals(rendered(color), RootUsage.text(color), (color ? RootUsage.COLOR : RootUsage.PLAIN) + " as the build wrote it");
        }
        assertTrue(rendered(true).contains("\u001b["), "the colour usage has colour");
        assertFalse(rendered(false).contains("\u001b"), "the plain usage has none");
    }

    /** What a run prints through the rendered text and what picocli prints itself, for each way of asking. */
    @ParameterizedTest
    @CsvSource({"--help, false", "--help, true", "-h, false", "help, true", "'', false", "'', true"})
    void eachWayOfAskingPrintsWhatPicocliWould(String arg, boolean terminal) {
        String[] args = arg.isEmpty() ? new String[0] : new String[] {arg};
        TestContext.Result fast = new TestContext(dir).terminal(terminal, terminal, 80).run(args);

        StringWriter out = new StringWriter();
        int code;
        try (Session session = new TestContext(dir).terminal(terminal, terminal, 80).session(out, new StringWriter())) {
            code = TestContext.commandTree(session, args).execute(args);
            session.console().out().flush();
        }

        assertTrue(RootUsage.isRequest(args));
        assertEquals(code, fast.exitCode());
        assertEquals(0, fast.exitCode());
        assertEquals(out.toString(), fast.stdout());
        assertEquals("", fast.stderr());
        assertEquals(terminal, fast.stdout().contains("\u001b["), "colour on a colour terminal only");
    }

    @ParameterizedTest
    @CsvSource({"--version", "-V"})
    void theVersionIsWhatPicocliPrints(String arg) {
        TestContext.Result fast = new TestContext(dir).run(arg);

        StringWriter out = new StringWriter();
        int code;
        try (Session session = new TestContext(dir).session(out, new StringWriter())) {
            code = TestContext.commandTree(session, new String[] {arg}).execute(arg);
            session.console().out().flush();
        }

        assertEquals(code, fast.exitCode());
        assertEquals(out.toString(), fast.stdout());
        assertTrue(fast.stdout().startsWith("circle-view "), fast::toString);
    }

    @Test
    void otherArgumentsAreNotAskingForTheMainUsage() {
        for (String[] args : new String[][] {{"builds", "--help"}, {"help", "builds"}, {"--color", "never", "--help"}, {"--version"}}) {
            assertFalse(RootUsage.isRequest(args), String.join(" ", args));
        }
    }
}
