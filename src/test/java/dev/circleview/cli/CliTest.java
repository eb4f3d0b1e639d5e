package dev.circleview.cli;

import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Only the subcommand a run names is built; help, usage and suggestions get them all. */
class CliTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "builds                      | builds",
            "builds -p github/a/b        | builds",
            "--color never builds        | builds",
            "--color=never --debug builds | builds",
            "--timeout 5 builds --json   | builds",
            "--version                   | ''",
            "-V                          | ''",
            "--help                      | builds help",
            "--version --help            | builds help",
            "''                          | builds help",
            "help builds                 | builds help",
            "biulds                      | builds help",
            "--color builds              | builds help"})
    void buildsTheSubcommandsTheArgumentsNeed(String args, String expected) {
        String[] argv = args.isEmpty() ? new String[0] : args.trim().split("\\s+");
        var context = new TestContext(dir).appContext(new StringWriter(), new StringWriter());

        Set<String> built = Cli.build(context, argv).getSubcommands().keySet();

        assertEquals(expected.isEmpty() ? Set.of() : Set.of(expected.trim().split(" ")), built);
    }
}
