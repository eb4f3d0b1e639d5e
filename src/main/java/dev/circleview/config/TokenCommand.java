package dev.circleview.config;

import dev.circleview.core.CircleViewException;
import dev.circleview.core.ExitCode;
import dev.circleview.core.NotConfiguredException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the config's {@code token_command} through {@code /bin/sh -c}, with no input, its stderr passed
 * through (a password manager may ask there), for at most {@link #LIMIT}; the first line of what it
 * prints is the token. A failure is one line that names the command's exit status, never its output,
 * which may hold secrets.
 */
final class TokenCommand {
    static final Duration LIMIT = Duration.ofSeconds(10);
    /**
     * Runs the command (its {@code $1}) once told to go by a line on its input, with no input: so the
     * command starts only once its output is being read. Otherwise, when the shell ends at once, the
     * JDK may drain and close an output nobody reads yet, and a background child still holding it open
     * would pass unseen.
     */
    private static final String WRAPPER = "IFS= read -r _ || exit 125; exec /bin/sh -c \"$1\" </dev/null";
    /** The most of its output that is read: a token is a line, not a file. */
    private static final int MAX_OUTPUT = 64 * 1024;

    private TokenCommand() {
    }

    static String run(String command, String file, Map<String, String> env, Path cwd) {
        return run(command, file, env, cwd, LIMIT);
    }

    static String run(String command, String file, Map<String, String> env, Path cwd, Duration limit) {
        String what = "token_command (from " + file + ")";
        String hint = "run it in a shell to see why, or set " + Settings.TOKEN_ENV;
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", WRAPPER, "sh", command)
                .directory(cwd.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new NotConfiguredException("cannot start " + what + " with /bin/sh (" + e.getClass().getSimpleName() + ")", hint);
        }
        long deadline = System.nanoTime() + limit.toNanos();
        // read on the side: a command that prints more than a pipe holds would otherwise never finish
        CompletableFuture<byte[]> output = new CompletableFuture<>();
        CountDownLatch reading = new CountDownLatch(1);
        InputStream in = process.getInputStream();
        Thread reader = new Thread(() -> {
            // the JDK drains and closes the output of a process that has ended unless this lock is held
            synchronized (in) {
                reading.countDown();
                try (in) {
                    output.complete(in.readNBytes(MAX_OUTPUT));
                } catch (IOException | RuntimeException e) {
                    output.completeExceptionally(e);
                }
            }
        }, "circle-view-token-command");
        reader.setDaemon(true);
        reader.start();
        try {
            reading.await();
        } catch (InterruptedException e) {
            stop(process);
            Thread.currentThread().interrupt();
            throw new CircleViewException(ExitCode.INTERRUPTED, "interrupted", null);
        }
        try (OutputStream go = process.getOutputStream()) {
            go.write('\n');
        } catch (IOException e) {
            // the shell is gone already: its exit status says why
        }
        byte[] bytes;
        try {
            if (!process.waitFor(limit.toNanos(), TimeUnit.NANOSECONDS)) {
                throw timedOut(process, what, limit, hint);
            }
            bytes = output.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // the shell has ended but something it started still holds its output open
            throw timedOut(process, what, limit, hint);
        } catch (InterruptedException e) {
            stop(process);
            Thread.currentThread().interrupt();
            throw new CircleViewException(ExitCode.INTERRUPTED, "interrupted", null);
        } catch (ExecutionException e) {
            throw new NotConfiguredException("cannot read the output of " + what, hint);
        }
        int status = process.exitValue();
        if (status != 0) {
            throw new NotConfiguredException(what + " failed with exit status " + status, hint);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        String token = (newline < 0 ? text : text.substring(0, newline)).strip();
        if (token.isEmpty()) {
            throw new NotConfiguredException(what + " printed no token (its first line is empty)", hint);
        }
        return Settings.checkedToken(token, "the first line printed by " + what + " holds",
                "make it print the token alone on its first line");
    }

    private static NotConfiguredException timedOut(Process process, String what, Duration limit, String hint) {
        stop(process);
        long ms = limit.toMillis();
        return new NotConfiguredException(what + " did not finish within " + (ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms"), hint);
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
