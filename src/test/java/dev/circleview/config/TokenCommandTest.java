package dev.circleview.config;

import dev.circleview.core.ExitCode;
import dev.circleview.core.NotConfiguredException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code token_command} through the real {@code /bin/sh}: its first line is the token; a failure names only its status. */
class TokenCommandTest {
    private static final String FILE = "~/.config/circle-view/config.yaml";
    private static final String HINT = "run it in a shell to see why, or set CIRCLECI_AUTH_TOKEN";
    private static final Map<String, String> ENV = Map.of("PATH", "/usr/bin:/bin", "VAULT_ITEM", "circleci");

    @TempDir
    Path dir;

    @Test
    void theFirstLineOfItsOutputIsTheToken() {
        assertEquals("tok-123", run("printf '  tok-123  \\nsecond line\\n'"));
        assertEquals("tok-123", run("printf tok-123"));
    }

    @Test
    void itRunsWithTheGivenEnvironmentInTheWorkingFolder() throws Exception {
        Files.writeString(dir.resolve("token.txt"), "from-a-file\n");

        assertEquals("circleci", run("echo \"$VAULT_ITEM\""));
        assertEquals("from-a-file", run("cat token.txt"));
    }

    @Test
    void itGetsNoInput() {
        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> run("cat"));

        assertEquals("token_command (from " + FILE + ") printed no token (its first line is empty)", e.getMessage());
    }

    @Test
    void aFailureNamesTheStatusButNotTheOutput() {
        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> run("echo s3cr3t-partial; exit 7"));

        assertEquals("token_command (from " + FILE + ") failed with exit status 7", e.getMessage());
        assertEquals(HINT, e.hint());
        assertEquals(ExitCode.NOT_CONFIGURED, e.exitCode());
        assertFalse(e.getMessage().contains("s3cr3t"));
    }

    @Test
    void aCommandThatTakesTooLongIsStopped() {
        NotConfiguredException e = assertThrows(NotConfiguredException.class,
                () -> TokenCommand.run("sleep 30", FILE, ENV, dir, Duration.ofMillis(300)));

        assertEquals("token_command (from " + FILE + ") did not finish within 300 ms", e.getMessage());
        assertEquals(HINT, e.hint());
    }

    @Test
    void aBackgroundChildHoldingTheOutputOpenCountsAsNotFinished() {
        NotConfiguredException e = assertThrows(NotConfiguredException.class,
                () -> TokenCommand.run("echo tok; sleep 30 &", FILE, ENV, dir, Duration.ofMillis(500)));

        assertEquals("token_command (from " + FILE + ") did not finish within 500 ms", e.getMessage());
    }

    @Test
    void aTokenThatCannotBeSentIsRefusedWithoutShowingIt() {
        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> run("printf 'abc\\033def\\n'"));

        assertEquals("the first line printed by token_command (from " + FILE + ") holds a character that cannot be sent in an "
                + "HTTP header (at position 4 of 7)", e.getMessage());
        assertEquals("make it print the token alone on its first line", e.hint());
    }

    private String run(String command) {
        return TokenCommand.run(command, FILE, ENV, dir);
    }
}
