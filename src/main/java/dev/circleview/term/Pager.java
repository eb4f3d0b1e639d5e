package dev.circleview.term;

import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The pager long output goes through on a terminal, as gh and git do: {@value #ENV}, else
 * {@code PAGER}, else {@value #DEFAULT} when {@code less} is installed. It runs through
 * {@code /bin/sh -c} with the terminal as its stdout and stderr, and reads circle-view's output on
 * its stdin. At the end circle-view waits for it to exit, also on Ctrl-C (the pager handles that key
 * itself), so the shell gets the terminal back from the pager, not while it still draws.
 */
public final class Pager {
    public static final String ENV = "CIRCLE_VIEW_PAGER";
    static final String DEFAULT = "less -FRX";
    /** A program name alone, looked up on PATH. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._+-]+");
    /** Words the shell itself understands, which no PATH holds. */
    private static final Set<String> SHELL_WORDS = Set.of("exec", "command", "eval", "exit", "cd", "set", "if", "for", "while", "case");
    /** A path to a program, checked where it is. */
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9._+/-]*/[A-Za-z0-9._+/-]*");

    private final Process process;
    private final Writer input;
    private final Thread waitAtExit;

    private Pager(Process process) {
        this.process = process;
        this.input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.waitAtExit = new Thread(this::endInputAndWait, "circle-view-pager");
        Runtime.getRuntime().addShutdownHook(waitAtExit);
    }

    /**
     * The pager {@code env} asks for: {@value #ENV} when it is set (even to nothing), else
     * {@code PAGER} when it is set, else {@value #DEFAULT} when {@code less} is on the PATH; null for
     * none: an empty value, {@code cat}, or no {@code less}; and always null on a {@code TERM=dumb}
     * terminal or in CI ({@code CI} set), where a terminal may be there but nobody to page it, and a
     * pager waiting for a key would hang the job.
     */
    public static String command(Map<String, String> env) {
        if ("dumb".equals(env.get("TERM")) || !env.getOrDefault("CI", "").isEmpty()) {
            return null;
        }
        String chosen;
        if (env.containsKey(ENV)) {
            chosen = env.get(ENV);
        } else if (env.containsKey("PAGER")) {
            chosen = env.get("PAGER");
        } else {
            chosen = onPath("less", env) ? DEFAULT : null;
        }
        String command = chosen == null ? "" : chosen.strip();
        return command.isEmpty() || command.equals("cat") ? null : command;
    }

    /** The pager's environment: {@code env}, with {@code LESS=FRX} when LESS is not set and {@code LV=-c} when LV is not. */
    static Map<String, String> environment(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.putIfAbsent("LESS", "FRX");
        all.putIfAbsent("LV", "-c");
        return all;
    }

    /**
     * Why {@code command} cannot start, or null when it may: its program (the first word) is not on the
     * PATH, or is not an executable file. Anything the shell has to read first (quotes, variables,
     * assignments, {@code ~}) is left to the shell.
     */
    static String missing(String command, Map<String, String> env) {
        String program = command.strip().split("\\s+", 2)[0];
        if (SHELL_WORDS.contains(program)) {
            return null;
        }
        if (NAME.matcher(program).matches()) {
            return onPath(program, env) ? null : program + " is not on the PATH";
        }
        if (PATH.matcher(program).matches()) {
            return isProgram(Path.of(program)) ? null : program + " is not an executable file";
        }
        return null;
    }

    private static boolean onPath(String name, Map<String, String> env) {
        for (String dir : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
            try {
                if (!dir.isEmpty() && isProgram(Path.of(dir, name))) {
                    return true;
                }
            } catch (InvalidPathException ignored) {
                // a garbled PATH entry holds no program
            }
        }
        return false;
    }

    private static boolean isProgram(Path file) {
        return Files.isRegularFile(file) && Files.isExecutable(file);
    }

    /**
     * Starts {@code command} with {@code /bin/sh -c}, in {@link #environment(Map)}, its stdout and
     * stderr this process's own; its stdin is {@link #input()}.
     *
     * @throws IOException when it cannot start (with what to say in the message)
     */
    static Pager start(String command, Map<String, String> env) throws IOException {
        String missing = missing(command, env);
        if (missing != null) {
            throw new IOException(missing);
        }
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", command)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().clear();
        builder.environment().putAll(environment(env));
        return new Pager(builder.start());
    }

    /** Where output goes; it fails (broken pipe) once the pager has quit. */
    Writer input() {
        return input;
    }

    /** Ends the pager's input and waits for it to exit: at once for {@code less -F} on a short text, else when the reader quits it. */
    void finish() {
        endInputAndWait();
        try {
            Runtime.getRuntime().removeShutdownHook(waitAtExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    private void endInputAndWait() {
        try {
            input.close();
        } catch (IOException quitEarly) {
            // what was left could not go: the pager had quit
        } finally {
            try {
                process.getOutputStream().close();
            } catch (IOException alreadyGone) {
                // closed either way
            }
        }
        boolean interrupted = false;
        while (true) {
            try {
                process.waitFor();
                break;
            } catch (InterruptedException e) {
                // the pager owns the terminal until it exits
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
