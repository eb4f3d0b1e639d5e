package dev.circleview.watch;

import dev.circleview.app.BranchTarget;
import dev.circleview.app.Connection;
import dev.circleview.cli.BuildNumbers;
import dev.circleview.output.BuildState;
import dev.circleview.app.Session;
import dev.circleview.api.BuildQuery;
import dev.circleview.api.CircleCiClient;
import dev.circleview.api.model.Build;
import dev.circleview.api.model.BuildDetail;
import dev.circleview.cli.BranchOptions;
import dev.circleview.cli.ProjectOptions;
import dev.circleview.config.Settings;
import dev.circleview.core.ExitCode;
import dev.circleview.core.ProjectSlug;
import dev.circleview.core.Text;
import dev.circleview.core.UsageException;
import dev.circleview.term.LiveArea;
import dev.circleview.term.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

/** {@code circle-view watch}: follows one build until it finishes, and exits with its result. */
@Command(name = "watch",
        description = "Follow a build until it finishes (default: the newest build of the current branch), "
                + "and exit with its result.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  circle-view watch                       # the newest build of the current git branch",
                "  circle-view watch 1234                  # build #1234",
                "  circle-view watch --sha 3f9c2e1         # wait for a build of that commit, then follow it",
                "  circle-view watch --timeout 1800 && git push",
                "  circle-view watch --workflow --fail-fast  # every job of the build's workflow; stop at a failure",
                "",
                "Polls the build every --interval seconds, backing off up to 30 s while nothing changes. A poll",
                "CircleCI does not answer (network, 429, 5xx after retries) is a note on stderr and the watch goes",
                "on; 401/403 and 404 end it. --timeout (the global option) is here the most the whole watch may",
                "take (default: no limit), each poll keeping its own limit of at most 60 s; when it runs out:",
                "exit 8. On a terminal: a live view redrawn in place. Piped: one line per change (the build's",
                "status, a step started, a step finished with its status and duration), then a summary line.",
                "--workflow follows all jobs of the build's workflow (one list request per poll): a row, or piped",
                "a line per change ('job deploy #43: running'), per job; a build without a workflow is exit 2.",
                "",
                "Exit status: as 'status' (the exit status is always the build's): 0 success, 6 failed,",
                "7 canceled, 8 not finished when --timeout ran out, or no build found. With --workflow: 0 when",
                "every job succeeded, else the worst job's: 6 over 7 over 1 (unknown final status) over 8."},
        mixinStandardHelpOptions = true)
public final class WatchCommand implements Callable<Integer> {
    private final Session session;


    @Mixin
    ProjectOptions project;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NUMBER",
            description = "The build to follow (#123 works too). Default: the newest build of the branch.")
    String number;

    @Mixin
    BranchOptions branches;

    @Option(names = "--sha", paramLabel = "SHA",
            description = "Wait for a build of this commit (7 to 40 hex digits) among the branch's newest "
                    + BranchTarget.SHA_PAGE + " builds, then follow it.")
    String sha;

    @Option(names = "--notify", description = "When the build finishes, ring the terminal bell and show a desktop "
            + "notification (notify-send or osascript, where there is one).")
    boolean notify;

    @Option(names = "--workflow", description = "Follow every job of the build's workflow together, one row (or "
            + "line) per job, until all have finished; exit 0 when all succeeded, else the worst job's result.")
    boolean workflow;

    @Option(names = "--fail-fast", description = "With --workflow: stop as soon as one job fails (exit 6), naming it.")
    boolean failFast;

    @Option(names = "--interval", paramLabel = "SECONDS", description = "Seconds between polls (default 3).")
    int interval = 3;

    public WatchCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Terminal term = session.terminal();
        if (interval < 1) {
            throw new UsageException("--interval must be at least 1 second, not " + interval, null);
        }
        if (number != null && (sha != null || branches.given())) {
            throw new UsageException("a build NUMBER does not go with --sha, --branch or --all-branches", "give one or the other");
        }
        if (failFast && !workflow) {
            throw new UsageException("--fail-fast goes only with --workflow", "add --workflow, or drop --fail-fast");
        }
        Integer watchTimeout = session.flags().timeout();
        if (watchTimeout != null && watchTimeout < 1) {
            throw new UsageException("--timeout must be at least 1 second, not " + watchTimeout, "give the most seconds the watch may take");
        }
        String target = number == null ? BranchTarget.resolve(branches.branch, branches.allBranches, sha, session.cwd()) : null;
        Integer perPoll = watchTimeout == null ? null : Math.min(watchTimeout, Settings.DEFAULT_TIMEOUT_SECONDS);
        Connection connection = session.connect(project, session.clientFlags().withTimeout(perPoll), false);
        ProjectSlug slug = connection.slug();
        CircleCiClient client = connection.client();

        Instant start = session.clock().instant();
        LiveArea[] live = new LiveArea[1];
        BuildWatcher watcher = new BuildWatcher(session.clock(), session.sleeper(), Duration.ofSeconds(interval),
                watchTimeout == null ? null : start.plusSeconds(watchTimeout), message -> {
                    if (live[0] != null) {
                        live[0].erase();
                    }
                    term.err().println("circle-view: CircleCI did not answer (" + message + "); still watching");
                    term.err().flush();
                });

        int num;
        if (number != null) {
            num = BuildNumbers.parse(number);
        } else {
            String where = slug + (target == null ? "" : " on branch " + Text.quoteForMessage(target));
            Build build = sha == null ? newest(client, slug, target)
                    : watcher.awaitCommit(client, slug, target, sha, where, term);
            if (build == null || build.buildNum() == null) {
                term.err().println("No builds found for " + where);
                return ExitCode.BUILD_PENDING.code();
            }
            num = build.buildNum();
        }

        BuildDetail[] last = new BuildDetail[1];
        try {
            if (term.isOutTerminal()) {
                live[0] = new LiveArea(term.out(), true);
            }
            if (workflow) {
                return new WorkflowWatch(client, slug, watcher, term, session.clock(), failFast)
                        .follow(num, live, start, summary -> notify(term, summary));
            }
            BuildDetail end = watcher.until(() -> client.pollBuild(slug, num), WatchView::finished, now -> {
                if (live[0] != null) {
                    live[0].draw(WatchView.frame(now, session.clock().instant(), start, term.width(), term.outColor(), term.links()));
                } else {
                    WatchView.changes(last[0], now).forEach(term.out()::println);
                    term.out().flush();
                }
                last[0] = now;
            }, () -> "build #" + num + " has not finished" + (last[0] == null ? "" : " (" + last[0].summary().status() + ")"));
            if (live[0] != null) {
                live[0].close();
            }
            String summary = WatchView.summary(end, Duration.between(start, session.clock().instant()));
            term.out().println(summary);
            if (notify) {
                notify(term, summary);
            }
            return BuildState.of(end.summary().status(), end.summary().lifecycle()).exitCode().code();
        } finally {
            if (live[0] != null) {
                live[0].close();
            }
        }
    }

    /** The bell on whichever stream is a terminal (never into a pipe), and a desktop notification. */
    private void notify(Terminal term, String summary) {
        if (term.isErrTerminal()) {
            term.err().print('\u0007');
            term.err().flush();
        } else if (term.isOutTerminal()) {
            term.out().print('\u0007');
            term.out().flush();
        }
        session.notifier().notify("circle-view", summary);
    }

    private static Build newest(CircleCiClient client, ProjectSlug slug, String target) {
        return BranchTarget.newest(client.pollBuilds(slug, new BuildQuery(target, null, BranchTarget.NEWEST_PAGE, 0)));
    }
}
