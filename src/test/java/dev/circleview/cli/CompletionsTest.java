package dev.circleview.cli;

import dev.circleview.testing.FishCompletion;
import dev.circleview.testing.TestContext;
import dev.circleview.testing.Tools;
import dev.circleview.testing.ZshCompletion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.AutoComplete;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The completion scripts in completions/ are generated from the command model and committed. This
 * fails when they are stale; {@code ./mvnw test -Dtest=CompletionsTest -Dcompletions.update=true}
 * writes all three anew.
 */
class CompletionsTest {
    private static final Path DIR = Path.of("completions");
    private static final Path BASH = DIR.resolve("circle-view.bash");
    private static final Path ZSH = DIR.resolve("_circle-view");
    private static final Path FISH = DIR.resolve("circle-view.fish");
    private static final String UPDATE = "./mvnw test -Dtest=CompletionsTest -Dcompletions.update=true";

    @TempDir
    Path dir;

    private Map<Path, String> generated() {
        CommandLine tree = new TestContext(dir).wholeTree(true);
        String bash = AutoComplete.bash("circle-view", withPicocliHelp(tree));
        Map<Path, String> scripts = new LinkedHashMap<>();
        scripts.put(BASH, bash);
        scripts.put(ZSH, ZshCompletion.script("circle-view", bash));
        scripts.put(FISH, FishCompletion.script(tree));
        return scripts;
    }

    /**
     * {@code tree} with picocli's own help command in place of ours: AutoComplete offers the
     * subcommands' names after {@code help} only for picocli's class, which ours mirrors.
     */
    private static CommandLine withPicocliHelp(CommandLine tree) {
        tree.getCommandSpec().removeSubcommand("help");
        tree.addSubcommand("help", new CommandLine.HelpCommand());
        return tree;
    }

    @Test
    void completionScriptsAreCurrent() throws IOException {
        Map<Path, String> scripts = generated();
        if (Boolean.getBoolean("completions.update")) {
            for (var script : scripts.entrySet()) {
                Files.writeString(script.getKey(), script.getValue(), StandardCharsets.UTF_8);
            }
        }
        for (var script : scripts.entrySet()) {
            Path file = script.getKey();
            assertTrue(Files.exists(file), "missing " + file + "; run: " + UPDATE);
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), script.getValue(),
                    file + " is stale; run: " + UPDATE + ", and commit it");
        }
    }

    @Test
    void bashCompletionOffersTheChoices() throws IOException {
        String script = Files.readString(BASH, StandardCharsets.UTF_8);
        assertTrue(script.contains("builds"), "subcommand");
        assertTrue(script.contains("completion"), "the completion subcommand");
        assertTrue(script.contains("(\"completed\" \"successful\" \"failed\" \"running\")"), "--status values");
        assertTrue(script.contains("(\"auto\" \"always\" \"never\")"), "--color values");
    }

    @Test
    void zshCompletionIsACompletionFunction() throws IOException {
        String script = Files.readString(ZSH, StandardCharsets.UTF_8);
        assertTrue(script.startsWith("#compdef circle-view\n"), "first line");
        assertTrue(script.contains("bashcompinit"), "bashcompinit");
        assertTrue(script.contains("(\"completed\" \"successful\" \"failed\" \"running\")"), "--status values");
    }

    @Test
    void fishCompletionOffersEverySubcommandAndTheChoices() throws IOException {
        String script = Files.readString(FISH, StandardCharsets.UTF_8);
        CommandLine tree = new TestContext(dir).wholeTree(true);
        for (String name : tree.getSubcommands().keySet()) {
            assertTrue(script.contains("complete -c circle-view -n '__fish_use_subcommand' -f -a '" + name + "'"), name);
        }
        assertTrue(script.contains("-n '__fish_seen_subcommand_from builds' -s s -l status -r -f -a 'completed successful failed running'")
                || script.contains("-n '__fish_seen_subcommand_from builds' -l status -s s -r -f -a 'completed successful failed running'"),
                "--status values");
        assertTrue(script.contains("-l color -r -f -a 'auto always never'"), "--color values");
        assertTrue(script.contains("-n '__fish_seen_subcommand_from completion' -f -a 'bash zsh fish'"), "completion's shells");
        assertTrue(script.contains("-l limit -r -f -d"), "--limit takes a value");
    }

    @Test
    void fishQuotesDescriptions() {
        assertEquals("'it\\'s a \\\\ b'", FishCompletion.quote("it's a \\ b"));
    }

    @ParameterizedTest
    @CsvSource({"bash, circle-view.bash", "zsh, _circle-view", "fish, circle-view.fish"})
    void completionPrintsTheCommittedScript(String shell, String file) throws IOException {
        TestContext.Result result = new TestContext(dir).run("completion", shell);

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(Files.readString(DIR.resolve(file), StandardCharsets.UTF_8), result.stdout());
        assertEquals("", result.stderr());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "tcsh", "BASH"})
    void completionNeedsAShellItKnows(String shell) {
        TestContext.Result result = shell.isEmpty() ? new TestContext(dir).run("completion")
                : new TestContext(dir).run("completion", shell);

        assertEquals(2, result.exitCode(), result::toString);
        assertEquals("", result.stdout());
        assertTrue(result.stderr().contains("bash, zsh or fish"), result::toString);
    }

    @ParameterizedTest
    @CsvSource({"bash, circle-view.bash", "zsh, _circle-view", "fish, circle-view.fish"})
    void scriptsParse(String shell, String file) throws Exception {
        String program = Tools.require(shell);
        Process process = new ProcessBuilder(program, "-n", DIR.resolve(file).toString()).redirectErrorStream(true).start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), shell + " -n took too long");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), () -> shell + " -n " + file + ":\n" + output);
    }
}
