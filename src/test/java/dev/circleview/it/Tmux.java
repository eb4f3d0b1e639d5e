package dev.circleview.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A tmux server of its own (a private socket, no configuration file) whose panes are real terminals
 * of a chosen size: what runs in them, a test reads back as the screen shows it. Every wait is a poll
 * with a generous limit; {@link #close()} kills the server and all that runs in it.
 */
final class Tmux implements AutoCloseable {
    /** The most any wait takes before the test fails: slow machines start the JVM slowly. */
    static final long WAIT_SECONDS = 60;

    private final String socket;
    private final Map<String, String> env;

    /** @param env the server's environment, which its panes start from */
    Tmux(String socket, Map<String, String> env) {
        this.socket = socket;
        this.env = env;
    }

    /** Runs {@code tmux ARGS} on this server and returns what it printed; fails the test when tmux does. */
    String tmux(String... args) {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().clear();
            builder.environment().putAll(env);
            Process process = builder.start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("tmux " + args[0] + " did not finish within " + WAIT_SECONDS + " s");
            }
            String text = out.get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertEquals(0, process.exitValue(), () -> "tmux " + String.join(" ", args) + ": " + text);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run tmux (install the Debian package tmux)", e);
        } catch (Exception e) {
            throw new AssertionError("tmux " + String.join(" ", args), e);
        }
    }

    /** A detached session {@code name}, {@code width} x {@code height}, running {@code command} (shell text). */
    void start(String name, int width, int height, String command) {
        tmux("new-session", "-d", "-s", name, "-x", Integer.toString(width), "-y", Integer.toString(height), command);
    }

    /**
     * The screen of session {@code name}, from the first line that scrolled off it: with {@code escapes}
     * its colours as SGR codes, with {@code joined} wrapped lines joined.
     */
    String screen(String name, boolean escapes, boolean joined) {
        List<String> args = new ArrayList<>(List.of("capture-pane", "-p", "-S", "-", "-t", name));
        if (escapes) {
            args.add("-e");
        }
        if (joined) {
            args.add("-J");
        }
        return tmux(args.toArray(String[]::new));
    }

    /** Polls the screen of {@code name} until it shows what {@code done} looks for; fails after {@link #WAIT_SECONDS}. */
    String waitFor(String name, String what, Predicate<String> done) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        String screen = screen(name, false, true);
        while (!done.test(screen)) {
            if (System.nanoTime() > until) {
                fail("the screen never showed " + what + " within " + WAIT_SECONDS + " s:\n" + screen);
            }
            Thread.sleep(50);
            screen = screen(name, false, true);
        }
        return screen;
    }

    /** Types {@code keys} into session {@code name} (tmux key names: {@code q}, {@code C-c}). */
    void keys(String name, String... keys) {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", name));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /** Kills the server and everything running in its panes, and removes its socket. */
    @Override
    public void close() {
        try {
            Process where = new ProcessBuilder("tmux", "-L", socket, "display-message", "-p", "#{socket_path}")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String path = read(where.getInputStream()).strip();
            boolean running = where.waitFor(WAIT_SECONDS, TimeUnit.SECONDS) && where.exitValue() == 0;
            new ProcessBuilder("tmux", "-L", socket, "kill-server").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
            if (running && !path.isEmpty()) {
                Files.deleteIfExists(Path.of(path));
            }
        } catch (IOException e) {
            // no tmux, or no server: nothing to stop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String read(InputStream in) {
        try (in) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
