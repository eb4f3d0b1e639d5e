package dev.circleview.term;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which pager, in which environment, and what the terminal does with it: the choice at unit level,
 * then real pagers (shell commands that write what they read to a file) behind
 * {@link Terminal#forTest} terminals.
 */
class PagerTest {
    @TempDir
    Path dir;

    /** A folder holding executable files named {@code names}, for a PATH. */
    private Path bin(String... names) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String name : names) {
            Path file = bin.resolve(name);
            Files.writeString(file, "#!/bin/sh\ncat > /dev/null\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return bin;
    }

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    /** The environment of this machine's shell, with {@code pairs} added: real pagers need a PATH. */
    private static Map<String, String> shellEnv(String... pairs) {
        Map<String, String> env = env(pairs);
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        return env;
    }

    @Test
    void circleViewPagerThenPagerThenLess() throws IOException {
        String path = bin("less").toString();
        assertEquals("most -s", Pager.command(env(Pager.ENV, "most -s", "PAGER", "more", "PATH", path)));
        assertEquals("more", Pager.command(env("PAGER", "more", "PATH", path)));
        assertEquals("less -FRX", Pager.command(env("PATH", path)));
        assertNull(Pager.command(env("PATH", dir.toString())), "no less installed: no pager");
        assertNull(Pager.command(env()), "no PATH at all: no pager");
    }

    @Test
    void emptyOrCatMeansNone() throws IOException {
        String path = bin("less").toString();
        assertNull(Pager.command(env(Pager.ENV, "", "PAGER", "more", "PATH", path)), "set to nothing: none, PAGER or not");
        assertNull(Pager.command(env(Pager.ENV, "  ", "PATH", path)));
        assertNull(Pager.command(env(Pager.ENV, "cat", "PAGER", "more", "PATH", path)));
        assertNull(Pager.command(env("PAGER", "", "PATH", path)), "PAGER= turns off the less default");
        assertNull(Pager.command(env("PAGER", " cat ", "PATH", path)));
        assertEquals("cat -v", Pager.command(env("PAGER", "cat -v", "PATH", path)), "cat with options is a pager of sorts");
    }

    @Test
    void noneOnADumbTerminalNorInCi() throws IOException {
        String path = bin("less").toString();
        assertNull(Pager.command(env("TERM", "dumb", "PAGER", "more", "PATH", path)));
        assertNull(Pager.command(env("CI", "true", Pager.ENV, "most", "PATH", path)), "a pager waiting for a key would hang the job");
        assertEquals("less -FRX", Pager.command(env("CI", "", "TERM", "xterm", "PATH", path)));
    }

    @Test
    void lessGetsFrxAndLvGetsDashCUnlessTheUserSetThem() {
        Map<String, String> defaults = Pager.environment(env("PATH", "/bin"));
        assertEquals("FRX", defaults.get("LESS"));
        assertEquals("-c", defaults.get("LV"));
        assertEquals("/bin", defaults.get("PATH"));
        Map<String, String> own = Pager.environment(env("LESS", "-i", "LV", ""));
        assertEquals("-i", own.get("LESS"));
        assertEquals("", own.get("LV"), "set, even to nothing, is the user's choice");
    }

    @Test
    void aProgramThatIsNotThereIsFoundMissingBeforeAnythingStarts() throws IOException {
        Map<String, String> env = env("PATH", bin("less", "most").toString());
        assertNull(Pager.missing("less -R", env));
        assertNull(Pager.missing("most", env));
        assertEquals("moar is not on the PATH", Pager.missing("moar --no-linenumbers", env));
        assertEquals("/no/such/pager is not an executable file", Pager.missing("/no/such/pager -x", env));
        assertNull(Pager.missing(dir.resolve("bin/less") + " -R", env));
        // what the shell reads first is left to it
        assertNull(Pager.missing("LESS=-R less", env));
        assertNull(Pager.missing("exec less", env));
        assertNull(Pager.missing("'my pager'", env));
        assertNull(Pager.missing("~/bin/pager", env));
    }

    @Test
    void onATerminalOutputGoesThroughThePagerWithItsEnvironment() throws IOException {
        Path file = dir.resolve("paged.txt");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal term = Terminal.forTest(out, err, true, true, 80);

        term.pageWith("printf '%s|%s\\n' \"$LESS\" \"$LV\" > " + file + "; cat >> " + file, shellEnv());
        term.out().println("line one");
        term.out().println("line two");
        term.close();

        assertEquals("FRX|-c\nline one\nline two\n", Files.readString(file));
        assertEquals("", out.toString(), "nothing straight to the terminal");
        assertEquals("", err.toString());
        assertFalse(term.pagerQuit());
    }

    @Test
    void pipedNothingIsPaged() {
        Path file = dir.resolve("paged.txt");
        StringWriter out = new StringWriter();
        Terminal term = Terminal.forTest(out, new StringWriter(), false, false, 80);

        term.pageWith("cat > " + file, shellEnv());
        term.out().println("data");
        term.close();

        assertEquals("data\n", out.toString());
        assertFalse(Files.exists(file));
    }

    @Test
    void noOutputNoPager() {
        Path file = dir.resolve("paged.txt");
        Terminal term = Terminal.forTest(new StringWriter(), new StringWriter(), true, true, 80);

        term.pageWith("cat > " + file, shellEnv());
        term.err().println("circle-view: not found");
        term.close();

        assertFalse(Files.exists(file), "an error alone does not start the pager");
    }

    @Test
    void aPagerThatCannotStartIsOneWarningAndOutputGoesStraightOut() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal term = Terminal.forTest(out, err, true, true, 80);

        term.pageWith("no-such-pager-here -R", shellEnv());
        term.out().println("data");
        term.close();

        assertEquals("data\n", out.toString());
        assertEquals("circle-view: cannot start the pager \"no-such-pager-here -R\" (no-such-pager-here is not on the PATH), "
                + "so printing without it; set CIRCLE_VIEW_PAGER or PAGER to one that is installed, or add --no-pager\n", err.toString());
    }

    @Test
    void aPagerThatQuitsEarlyMakesWritesFailAndIsWaitedForWithoutHanging() {
        StringWriter err = new StringWriter();
        Terminal term = Terminal.forTest(new StringWriter(), err, true, true, 80);
        String line = "x".repeat(1000);

        // reads nothing and exits: once the pipe is full, or it has gone, writing fails
        term.pageWith("true", shellEnv());
        int written = 0;
        while (!term.out().checkError() && written < 10_000) {
            term.out().println(line);
            written++;
        }
        term.close();

        assertTrue(term.out().checkError(), "writes fail once the pager has gone");
        assertTrue(written < 10_000, "stopped early: " + written + " lines");
        assertTrue(term.pagerQuit());
        assertEquals("", err.toString(), "quietly");
    }
}
