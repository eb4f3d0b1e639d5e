package dev.circleview.cli;

import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.AutoComplete;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The completion scripts in completions/ are generated from the command model and committed. This
 * fails when they are stale; {@code mvn test -Dtest=CompletionsTest -Dcompletions.update=true}
 * writes them anew.
 */
class CompletionsTest {
    private static final Path BASH = Path.of("completions", "circle-view.bash");

    @TempDir
    Path dir;

    @Test
    void bashCompletionIsCurrent() throws IOException {
        String generated = AutoComplete.bash("circle-view",
                Cli.build(new TestContext(dir).appContext(new StringWriter(), new StringWriter())));
        if (Boolean.getBoolean("completions.update")) {
            Files.writeString(BASH, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(BASH), "missing " + BASH + "; run: mvn test -Dtest=CompletionsTest -Dcompletions.update=true");
        assertEquals(Files.readString(BASH, StandardCharsets.UTF_8), generated,
                BASH + " is stale; run: mvn test -Dtest=CompletionsTest -Dcompletions.update=true, and commit it");
    }

    @Test
    void bashCompletionOffersTheChoices() throws IOException {
        String script = Files.readString(BASH, StandardCharsets.UTF_8);
        assertTrue(script.contains("builds"), "subcommand");
        assertTrue(script.contains("(\"completed\" \"successful\" \"failed\" \"running\")"), "--status values");
        assertTrue(script.contains("(\"auto\" \"always\" \"never\")"), "--color values");
    }
}
