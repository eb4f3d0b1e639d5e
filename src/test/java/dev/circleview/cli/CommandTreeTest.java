package dev.circleview.cli;

import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only the subcommand a run names is built; help, usage and suggestions get them all. */
class CommandTreeTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "builds                      | builds",
            "builds -p github/a/b        | builds",
            "--color never builds        | builds",
            "--color=never --debug builds | builds",
            "--timeout 5 builds --json   | builds",
            "builds -p gh/a/b -p gh/a/c  | builds",
            "builds --all-entities       | builds",
            "build 12                    | build view",
            "view 12                     | build view",
            "--debug view 12 --web       | build view",
            "--color never build 12 --json | build view",
            "help build                  | ALL",
            "help view                   | ALL",
            "--version                   | ''",
            "-V                          | ''",
            "retry 41                    | retry",
            "retry --last -b main --json | retry",
            "--debug retry --ssh 41      | retry",
            "cancel 41                   | cancel",
            "-p github/a/b cancel 41     | ALL",
            "trigger -b main --param A=1 | trigger",
            "--color never trigger       | trigger",
            "tests 12                    | tests",
            "--debug tests #12 --all     | tests",
            "artifacts 12                | artifacts",
            "artifacts 12 --download out --force | artifacts",
            "help tests                  | ALL",
            "help artifacts              | ALL",
            "status                      | status",
            "status -b main --json       | status",
            "--debug status --sha 3f9c2e1 | status",
            "help status                 | ALL",
            "status --help               | status",
            "watch                       | watch",
            "watch 42 --interval 5       | watch",
            "--timeout 600 watch --sha 3f9c2e1 | watch",
            "watch --help                | watch",
            "projects                    | projects",
            "--debug projects --json     | projects",
            "help projects               | ALL",
            "stauts                      | ALL",
            "tets 12                     | ALL",
            "--help                      | ALL",
            "--version --help            | ALL",
            "''                          | ALL",
            "help builds                 | ALL",
            "help retry                  | ALL",
            "retry --help                | retry",
            "biulds                      | ALL",
            "retyr 41                    | ALL",
            "--color builds              | ALL",
            "completion bash             | completion",
            "--color never completion zsh | completion",
            "completion --help           | completion",
            "help completion             | ALL"})
    void buildsTheSubcommandsTheArgumentsNeed(String args, String expected) {
        String[] argv = args.isEmpty() ? new String[0] : args.trim().split("\\s+");
        TestContext context = new TestContext(dir);

        Set<String> built = context.commandTree(argv).getSubcommands().keySet();

        Set<String> want = expected.trim().equals("ALL") ? context.wholeTree(true).getSubcommands().keySet()
                : expected.isEmpty() ? Set.of() : Set.of(expected.trim().split(" "));
        assertEquals(want, built);
    }

    @Test
    void everyAliasBuildsItsOwnCommand() {
        TestContext context = new TestContext(dir);
        CommandLine all = context.wholeTree(true);

        for (CommandLine sub : Set.copyOf(all.getSubcommands().values())) {
            for (String alias : sub.getCommandSpec().aliases()) {
                CommandLine only = context.commandTree(alias, "1");
                assertEquals(sub.getCommandName(), only.getSubcommands().get(alias).getCommandName(), alias);
                assertEquals(1, Set.copyOf(only.getSubcommands().values()).size(), () -> alias + " builds only its command");
            }
        }
    }

    @Test
    void theWholeTreeHasEveryCommand() {
        TestContext context = new TestContext(dir);

        Set<String> all = context.wholeTree(true).getSubcommands().keySet();

        assertTrue(all.containsAll(Set.of("builds", "retry", "cancel", "trigger", "tests", "artifacts", "status", "watch", "projects", "completion", "help")), all::toString);
    }

    /** Converters for types no option has are never looked up: java.sql is not even in the installed runtime. */
    @Test
    void noOptionHasATypeWhoseConverterIsSkipped() {
        TestContext context = new TestContext(dir);
        CommandLine root = context.wholeTree(true);

        for (CommandLine cmd : Set.copyOf(root.getSubcommands().values())) {
            for (CommandLine.Model.ArgSpec arg : cmd.getCommandSpec().args()) {
                String type = arg.type().getName();
                assertFalse(type.startsWith("java.sql.") || type.startsWith("java.time."),
                        () -> cmd.getCommandName() + " " + arg + " has type " + type + ": take a String, or remove it from CommandTree's picocli.converters.excludes");
            }
        }
    }
}
