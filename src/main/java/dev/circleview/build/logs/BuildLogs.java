package dev.circleview.build.logs;

import dev.circleview.api.CircleCiClient;
import dev.circleview.api.StepOutput;
import dev.circleview.api.model.Action;
import dev.circleview.api.model.BuildDetail;
import dev.circleview.core.ApiException;
import dev.circleview.core.CircleViewException;
import dev.circleview.core.ExitCode;
import dev.circleview.core.ProjectSlug;
import dev.circleview.core.Text;
import dev.circleview.term.LogText;
import dev.circleview.term.Sanitizer;
import dev.circleview.term.Terminal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The output of a build's steps ({@code build NUMBER --log}), printed in step order under one heading
 * per step and container. The logs download a few at a time while the first is printed; each goes
 * through a {@link LogSpool}, so memory stays small whatever their size. An expired link (403 from
 * the log's host) makes the build be fetched once more, for fresh links, and the log tried again. A
 * log that cannot be shown is one line on stderr, and the others are still printed.
 */
public final class BuildLogs {
    /** Logs downloaded at once. */
    static final int THREADS = 6;

    /**
     * Which logs, and how much of each.
     *
     * @param steps      step names (empty: every step)
     * @param containers container indexes (empty: every container)
     * @param failedOnly only actions that failed
     * @param limit      the most of each log read, in bytes of its text ({@link Long#MAX_VALUE}: all)
     */
    public record Options(List<String> steps, List<Integer> containers, boolean failedOnly, long limit) {
    }

    /** How a log came out: cut at the limit, ending inside a line, or failed. */
    private record Outcome(boolean cut, boolean lineOpen, CircleViewException error) {
    }

    /** Where logs come from: CircleCI ({@link #from}), or a test's stand-in. */
    interface Source {
        /** Opens the log at {@code outputUrl}; an {@link ApiException} with status 403 when the link has expired. */
        InputStream open(String outputUrl, String what);

        /** The build fetched again, for fresh links. */
        BuildDetail refetch();
    }

    private final Source source;
    private final int number;
    private final Terminal term;
    private final Path tempDir;

    /** @param tempDir where logs waiting to be printed spill over, or null for the system's temporary folder */
    BuildLogs(Source source, int number, Terminal term, Path tempDir) {
        this.source = source;
        this.number = number;
        this.term = term;
        this.tempDir = tempDir;
    }

    /** The logs of build {@code number} of {@code slug}, from CircleCI. */
    public static BuildLogs from(CircleCiClient client, ProjectSlug slug, int number, Terminal term) {
        return new BuildLogs(new Source() {
            @Override
            public InputStream open(String outputUrl, String what) {
                return client.openStepOutput(outputUrl, what);
            }

            @Override
            public BuildDetail refetch() {
                return client.refetchBuild(slug, number);
            }
        }, number, term, null);
    }

    /**
     * Prints the chosen logs of {@code build}; returns the exit code of the first that could not be
     * shown, or OK. Stops early when stdout has gone (a pipe whose reader quit).
     */
    public ExitCode print(BuildDetail build, Options options) {
        List<LogSelection.Item> items = LogSelection.select(build, options, number);
        if (items.isEmpty()) {
            term.err().println("circle-view: " + (options.failedOnly() ? "no step of build #" + number + " failed"
                    : "build #" + number + " has no steps yet"));
            return ExitCode.OK;
        }
        boolean color = term.outColor();
        PrintWriter out = term.out();
        Links links = new Links(build);
        long downloads = items.stream().filter(LogSelection.Item::hasOutput).count();
        ExecutorService pool = Executors.newFixedThreadPool((int) Math.max(1, Math.min(THREADS, downloads)), r -> {
            Thread t = new Thread(r, "circle-view-log");
            t.setDaemon(true);
            return t;
        });
        List<LogSpool> spools = new ArrayList<>();
        List<Future<Outcome>> results = new ArrayList<>();
        ExitCode first = null;
        try {
            for (LogSelection.Item item : items) {
                LogSpool spool = item.hasOutput() ? new LogSpool(tempDir) : null;
                spools.add(spool);
                results.add(spool == null ? null : pool.submit(() -> fetch(item, spool, options.limit(), links, color)));
            }
            for (int i = 0; i < items.size() && !out.checkError(); i++) {
                LogSelection.Item item = items.get(i);
                out.println(LogView.heading(item.stepName(), item.container(), item.action().status(), item.action().exitCode(), color));
                if (spools.get(i) == null) {
                    // has_output without an output_url: CircleCI keeps a log it gave no link to
                    out.println(Boolean.TRUE.equals(item.action().hasOutput()) ? LogView.noLink(build.summary().buildUrl(), color)
                            : LogView.noOutput(color));
                    continue;
                }
                try (LogSpool spool = spools.get(i)) {
                    copy(spool, out);
                }
                if (out.checkError()) {
                    break;
                }
                Outcome outcome = outcome(results.get(i));
                if (outcome.lineOpen()) {
                    out.println();
                }
                if (outcome.cut()) {
                    out.println(LogView.cut(options.limit(), color));
                }
                if (Boolean.TRUE.equals(item.action().truncated())) {
                    out.println(LogView.truncatedByCircleCi(color));
                }
                if (outcome.error() != null) {
                    CircleViewException e = outcome.error();
                    out.flush();
                    term.err().println("circle-view: " + e.getMessage() + (e.hint() == null ? "" : "; " + e.hint()));
                    term.err().flush();
                    first = first == null ? e.exitCode() : first;
                }
            }
        } finally {
            pool.shutdownNow();
            spools.stream().filter(Objects::nonNull).forEach(LogSpool::close);
            out.flush();
        }
        return first == null ? ExitCode.OK : first;
    }

    private static void copy(LogSpool spool, PrintWriter out) {
        try (Reader in = new InputStreamReader(spool.input(out::flush), StandardCharsets.UTF_8)) {
            char[] buffer = new char[16 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0 && !out.checkError()) {
                // checkError flushes: a reader that went away (a closed pipe) ends the copy
                out.write(buffer, 0, n);
            }
        } catch (java.io.InterruptedIOException e) {
            Thread.currentThread().interrupt();
            throw new CircleViewException(ExitCode.INTERRUPTED, "interrupted", null, e);
        } catch (IOException e) {
            throw new CircleViewException(ExitCode.ERROR, "cannot read back a downloaded log: " + Text.quoteForMessage(
                    String.valueOf(e.getMessage())), "check the space in the temporary folder (java.io.tmpdir)", e);
        }
    }

    private static Outcome outcome(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CircleViewException(ExitCode.INTERRUPTED, "interrupted", null, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return new Outcome(false, false, cause instanceof CircleViewException c ? c
                    : new CircleViewException(ExitCode.ERROR, "unexpected error while fetching a log: "
                            + cause.getClass().getSimpleName(), "run with --debug for details", cause));
        }
    }

    /** Downloads one log into its spool: sanitised as it is read, cut at {@code limit}. Runs on the pool. */
    private Outcome fetch(LogSelection.Item item, LogSpool spool, long limit, Links links, boolean color) {
        String what = "the log of step \"" + Sanitizer.cell(item.stepName()).strip() + "\""
                + (item.container() == null ? "" : " on container " + item.container());
        Writer writer = new BufferedWriter(new OutputStreamWriter(spool.output(), StandardCharsets.UTF_8), 16 * 1024);
        LogText text = new LogText(writer, color);
        Budget budget = new Budget(limit);
        CircleViewException error = null;
        try {
            try (InputStream in = open(item, what, links)) {
                StepOutput.read(in, what, piece -> {
                    String allowed = budget.take(piece);
                    text.write(allowed);
                    return allowed == piece;
                });
            } catch (CircleViewException e) {
                error = e;
            }
            text.finish();
            writer.flush();
        } catch (IOException e) {
            // the spool was closed: nobody wants this log any more
            error = new CircleViewException(ExitCode.ERROR, what + " could not be kept: " + Text.quoteForMessage(String.valueOf(e.getMessage())), null, e);
        } finally {
            spool.finish();
        }
        return new Outcome(budget.cut, text.lineOpen(), error);
    }

    /** Opens the log's link; when it has expired (403), once more with a fresh one from the build fetched again. */
    private InputStream open(LogSelection.Item item, String what, Links links) {
        Links.Snapshot seen = links.current();
        Action action = seen.generation() == 0 ? item.action() : LogSelection.find(seen.build(), item.stepPos(), item.actionPos(), item.action());
        if (!hasOutput(action)) {
            action = item.action();
        }
        try {
            return source.open(action.outputUrl(), what);
        } catch (ApiException e) {
            if (e.status() != 403) {
                throw e;
            }
        }
        BuildDetail fresh = links.refresh(seen.generation());
        Action again = LogSelection.find(fresh, item.stepPos(), item.actionPos(), item.action());
        if (!hasOutput(again)) {
            throw new CircleViewException(ExitCode.ERROR, what + " could not be fetched: its link expired, and build #" + number
                    + " fetched again has none", "try again");
        }
        try {
            return source.open(again.outputUrl(), what);
        } catch (ApiException e) {
            if (e.status() != 403) {
                throw e;
            }
            throw new ApiException(ExitCode.UNAVAILABLE, 403, what + " could not be fetched: its link was refused (HTTP 403) "
                    + "even after fetching the build again for a fresh one", "try again in a minute", e);
        }
    }

    static boolean hasOutput(Action a) {
        return a != null && !Boolean.FALSE.equals(a.hasOutput()) && a.outputUrl() != null && !a.outputUrl().isBlank();
    }

    /** What is left of the limit, in bytes of the log's text (UTF-8). */
    private static final class Budget {
        private long left;
        private boolean cut;

        Budget(long limit) {
            this.left = limit;
        }

        /** {@code piece}, or the part of it that fits (then the log is cut). */
        String take(String piece) {
            if (left == Long.MAX_VALUE) {
                return piece;
            }
            int i = 0;
            int n = piece.length();
            long left = this.left;
            while (i < n) {
                char c = piece.charAt(i);
                int chars = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(piece.charAt(i + 1)) ? 2 : 1;
                int bytes = chars == 2 ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                if (bytes > left) {
                    this.left = 0;
                    cut = true;
                    return piece.substring(0, i);
                }
                left -= bytes;
                i += chars;
            }
            this.left = left;
            return piece;
        }
    }

    /**
     * The build the logs' links come from: the one shown, then (after a link expired) the build
     * fetched again, at most once per expiry however many logs ran into it at the same time.
     */
    private final class Links {
        record Snapshot(int generation, BuildDetail build) {
        }

        private BuildDetail build;
        private int generation;
        private RuntimeException failure;

        Links(BuildDetail build) {
            this.build = build;
        }

        synchronized Snapshot current() {
            return new Snapshot(generation, build);
        }

        /** The build with links newer than those of generation {@code seen}: fetched now unless already. */
        synchronized BuildDetail refresh(int seen) {
            if (generation > seen) {
                return build;
            }
            if (failure != null) {
                throw failure;
            }
            try {
                build = source.refetch();
                generation++;
                return build;
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
    }
}
