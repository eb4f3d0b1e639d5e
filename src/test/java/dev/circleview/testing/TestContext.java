package dev.circleview.testing;

import dev.circleview.Main;
import dev.circleview.app.Session;
import dev.circleview.app.Browser;
import dev.circleview.app.Installation;
import dev.circleview.api.Sleeper;
import dev.circleview.cli.CommandTree;
import dev.circleview.term.Scheduler;
import dev.circleview.term.Terminal;

import picocli.CommandLine;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the real command line in-process over string writers: a fixed clock, an environment of the
 * test's choosing, a working folder, and a sleeper that records waits instead of waiting.
 * Each {@link #run} builds a fresh {@link Session}, so every run gets its own client and deadline.
 */
public final class TestContext {
    /** The instant the fixed clock shows. */
    public static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private final Path cwd;
    private final Map<String, String> env = new HashMap<>();
    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    private boolean terminal;
    private boolean clockFollowsSleeps;
    private Duration clockStep;
    private final List<String> notifications = Collections.synchronizedList(new ArrayList<>());
    private boolean color;
    private int width = Terminal.DEFAULT_WIDTH;
    private Installation installation = Installation.current();
    private Scheduler scheduler = Scheduler.NEVER;
    private Browser browser = page -> {
        throw new AssertionError("a test tried to open a real browser at " + page + "; give it one with browser(...)");
    };

    public TestContext(Path cwd) {
        this.cwd = cwd;
    }

    /** Sets (or, with null, removes) an environment variable for later runs. */
    public TestContext env(String name, String value) {
        if (value == null) {
            env.remove(name);
        } else {
            env.put(name, value);
        }
        return this;
    }

    /** Makes both streams look like a terminal (or not), with colour on or off, {@code width} columns wide. */
    public TestContext terminal(boolean isTerminal, boolean colorOn, int columns) {
        this.terminal = isTerminal;
        this.color = colorOn;
        this.width = columns;
        return this;
    }

    /** The runtime and installed files later runs report ({@code doctor}). */
    public TestContext installation(Installation value) {
        this.installation = value;
        return this;
    }

    /** What turns the spinner in later runs (by default nothing: it never shows). */
    public TestContext scheduler(Scheduler turns) {
        this.scheduler = turns;
        return this;
    }

    /** What opens web pages in later runs ({@code --web}), in place of the desktop's opener. */
    public TestContext browser(Browser opener) {
        this.browser = opener;
        return this;
    }

    /**
     * Makes the clock of later runs start at {@link #NOW} and move on by each wait the run asks for,
     * as if it had slept: for tests of polling with a deadline, which never sleep for real.
     */
    public TestContext clockFollowsSleeps() {
        this.clockFollowsSleeps = true;
        return this;
    }

    /**
     * Makes the clock of later runs start at {@link #NOW} and move on by {@code step} each time it is
     * read: for tests of what is timed with it ({@code doctor}'s latencies), which then come out exact.
     */
    public TestContext clockSteps(Duration step) {
        this.clockStep = step;
        return this;
    }

    /** The desktop notifications later runs asked for ("title: message"), recorded instead of shown. */
    public List<String> notifications() {
        synchronized (notifications) {
            return List.copyOf(notifications);
        }
    }

    /** The waits the client asked for, in order, across all runs so far. */
    public List<Duration> sleeps() {
        synchronized (sleeps) {
            return List.copyOf(sleeps);
        }
    }

    /** A session over the given writers, for tests that want to drive {@link Main#run} themselves. */
    public Session session(StringWriter out, StringWriter err) {
        Duration[] slept = {Duration.ZERO};
        Sleeper recorder = d -> {
            sleeps.add(d);
            synchronized (slept) {
                slept[0] = slept[0].plus(d);
            }
        };
        Duration[] read = {Duration.ZERO};
        Clock clock = clockStep != null ? new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public synchronized Instant instant() {
                Instant now = NOW.plus(read[0]);
                read[0] = read[0].plus(clockStep);
                return now;
            }
        } : !clockFollowsSleeps ? Clock.fixed(NOW, ZoneOffset.UTC) : new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                synchronized (slept) {
                    return NOW.plus(slept[0]);
                }
            }
        };
        return new Session(Terminal.forTest(out, err, terminal, color, width, scheduler),
                clock, Map.copyOf(env), cwd, recorder, browser, (title, message) -> notifications.add(title + ": " + message),
                installation);
    }

    /**
     * The command tree a run of {@code args} builds (only the subcommand they name, when they name
     * one), over a session of throw-away writers.
     */
    public CommandLine commandTree(String... args) {
        return commandTree(session(new StringWriter(), new StringWriter()), args);
    }

    /** The same for {@code session}. */
    public static CommandLine commandTree(Session session, String... args) {
        CommandTree tree = Main.tree(session, true);
        return tree.commandLine(tree.named(args), session.console(), session::terminal);
    }

    /**
     * The whole command tree, with the generated models or (not {@code generated}) as picocli reads
     * the annotations: what the generated models, completions, man pages and usage are made from.
     */
    public CommandLine wholeTree(boolean generated) {
        Session session = session(new StringWriter(), new StringWriter());
        return Main.tree(session, generated).all(session.console(), session::terminal);
    }

    /** Runs {@code circle-view args...} and returns what it printed and its exit code. */
    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (Session session = session(out, err)) {
            code = Main.run(session, args);
        }
        return new Result(code, out.toString(), err.toString(), List.of(args));
    }

    /** What one run printed, and how it ended. */
    public record Result(int exitCode, String stdout, String stderr, List<String> args) {
        public List<String> stdoutLines() {
            return lines(stdout);
        }

        public List<String> stderrLines() {
            return lines(stderr);
        }

        private static List<String> lines(String text) {
            if (text.isEmpty()) {
                return List.of();
            }
            String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            return List.of(body.split("\n", -1));
        }

        @Override
        public String toString() {
            return "circle-view " + String.join(" ", args) + "\n--- exit " + exitCode + "\n--- stdout\n" + stdout
                    + "--- stderr\n" + stderr;
        }
    }
}
