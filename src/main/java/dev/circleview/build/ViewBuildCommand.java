package dev.circleview.build;

import dev.circleview.cli.BranchOptions;
import dev.circleview.cli.JsonFieldsSource;
import dev.circleview.cli.JsonOptions;
import dev.circleview.output.JsonFields;
import dev.circleview.output.Printer;
import dev.circleview.app.BranchTarget;
import dev.circleview.app.Connection;
import dev.circleview.build.logs.BuildLogs;
import dev.circleview.build.logs.LogSelection;
import dev.circleview.cli.BuildNumbers;
import dev.circleview.output.BuildState;
import dev.circleview.app.Session;
import dev.circleview.api.CircleCiClient;
import dev.circleview.api.model.Build;
import dev.circleview.api.model.BuildDetail;
import dev.circleview.cli.ProjectOptions;
import dev.circleview.core.CircleViewException;
import dev.circleview.core.ExitCode;
import dev.circleview.core.ProjectSlug;
import dev.circleview.core.Text;
import dev.circleview.core.UsageException;
import dev.circleview.term.Hyperlink;
import dev.circleview.term.Style;
import dev.circleview.term.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code circle-view build [NUMBER]}: one build in depth, with its steps; or its page in the browser. */
@Command(name = "build",
        description = "Show one build in depth: status, branch, commit, author, trigger, workflow, times, and its "
                + "steps (per container on parallel builds); or the output of its steps (--log).",
        footerHeading = "%nExamples:%n",
        footer = {
                "  circle-view build 4810                     # build #4810 of this checkout's project",
                "  circle-view view '#4810' --web             # its page in the browser",
                "  circle-view build 4810 --exit-status && echo passed",
                "  circle-view build 4810 --json | jq '.steps[].name'",
                "  circle-view build 4810 --log-failed        # the output of the steps that failed",
                "  circle-view build --log-failed             # ... of the newest build of this checkout's branch",
                "  circle-view build 4810 --log --step 'Run tests' --container 1 --log-limit 50M",
                "",
                "Without a NUMBER: the newest build of the branch this checkout is on (--branch NAME for",
                "another, --all-branches for the project's newest), chosen as 'status' chooses it; none is exit 5.",
                "",
                "Exit status: 0 when the build is shown, whatever its result. With --exit-status: 0 success or",
                "fixed, 6 failed, timedout or infrastructure_fail, 7 canceled, not_run, retried or no_tests,",
                "8 not finished (queued, scheduled, not_running, running); a status circle-view does not know",
                "gives 1 once the build's lifecycle is finished, else 8. --json exits the same way.",
                "",
                "Piped output is one 'name<TAB>value' line per fact (build_num, status, lifecycle, outcome,",
                "subject, branch, vcs_tag, vcs_revision, author, why, retry_of, workflow, job, parallel, queued_at,",
                "start_time, stop_time, duration, build_url), then one line per step and container:",
                "'step<TAB>name<TAB>container<TAB>status<TAB>exit code<TAB>seconds'. --json fields are in docs/json.md.",
                "",
                "--log prints each step's output under a line '==> STEP [container N] (STATUS, exit code E)' (the",
                "container on parallel builds only), in step order, piped or not; '(no output)' for a step without",
                "any. Colour codes in logs are kept only when colour is on; every other escape sequence is removed.",
                "A log cut at --log-limit ends in a '[log cut at ...]' line. A log that cannot be fetched is one",
                "line on stderr and the others are still shown; the exit status is then that of the first such log:",
                "9 when it could not be downloaded (network, 5xx, a link refused again after the build was fetched",
                "anew for fresh links), 1 when it is not a log."},
        mixinStandardHelpOptions = true)
public final class ViewBuildCommand implements Callable<Integer>, JsonFieldsSource {
    private final Session session;


    @Mixin
    ProjectOptions project;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NUMBER",
            description = "The build's number (#123 works too). Default: the newest build of the branch.")
    String number;

    @Mixin
    BranchOptions branches;

    @Mixin
    JsonOptions json;

    @Option(names = {"-w", "--web"}, description = "Open the build's page in the browser (printed when no browser can be started).")
    boolean web;

    @Option(names = "--exit-status", description = "Exit with the build's result: 0 passed, 6 failed, 7 canceled, 8 not finished.")
    boolean exitStatus;

    @Option(names = "--log", description = "Print the output of the build's steps, each under a '==> STEP' heading.")
    boolean log;

    @Option(names = "--log-failed", description = "Print the output of the failed steps only (and containers, on parallel builds).")
    boolean logFailed;

    @Option(names = "--step", paramLabel = "NAME", description = "With --log: only this step (its name ignoring case, "
            + "else the steps whose names contain it). Repeatable.")
    List<String> steps = new ArrayList<>();

    @Option(names = "--container", paramLabel = "N", description = "With --log: only container N (0, 1, ...) of a parallel build. Repeatable.")
    List<Integer> containers = new ArrayList<>();

    @Option(names = "--log-limit", paramLabel = "SIZE", description = "With --log: the most of each step's log to print, "
            + "in bytes of its text or with K, M, G (KiB, MiB, GiB), or 'none' (default 10M).")
    String logLimit;

    public ViewBuildCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Terminal term = session.terminal();
        if (number != null && (branches.given())) {
            throw new UsageException("a build NUMBER does not go with --branch or --all-branches", "give one or the other");
        }
        Integer given = number == null ? null : BuildNumbers.parse(number);
        String target = number == null ? BranchTarget.resolve(branches.branch, branches.allBranches, null, session.cwd()) : null;
        Printer out = session.printer(json, this::jsonFields);
        if (web && out.json()) {
            throw new UsageException("--web and --json do not go together", "use one or the other");
        }
        boolean logs = log || logFailed;
        long limit = LogSelection.parseLimit(logLimit);
        if (!logs && (!steps.isEmpty() || !containers.isEmpty() || logLimit != null)) {
            throw new UsageException("--step, --container and --log-limit choose logs", "add --log or --log-failed");
        }
        if (logs && (out.json() || web)) {
            throw new UsageException((out.json() ? "--json" : "--web") + " does not go with --log", "logs are printed as text; leave out "
                    + (out.json() ? "--json" : "--web"));
        }
        if (containers.stream().anyMatch(c -> c == null || c < 0)) {
            throw new UsageException("invalid --container: containers are numbered from 0", null);
        }
        Connection connection = session.connect(project);
        ProjectSlug slug = connection.slug();

        CircleCiClient client = connection.client();
        int num = given != null ? given : newest(client, slug, target);
        BuildDetail build = client.getBuild(slug, num);
        if (!web) {
            session.page();
        }

        if (logs) {
            ExitCode shown = BuildLogs.from(client, slug, num, term)
                    .print(build, new BuildLogs.Options(steps, containers, logFailed, limit));
            if (shown != ExitCode.OK) {
                return shown.code();
            }
        } else if (web) {
            openPage(term, build, num);
        } else {
            BuildDetailView view = new BuildDetailView(session.clock().instant(), session.clock()::getZone);
            out.print(build, () -> withHint(view.terminal(build, out.width(), out.color(), out.links()), build, num),
                    () -> view.piped(build));
        }
        return exitStatus ? BuildState.of(build.summary().status(), build.summary().lifecycle()).exitCode().code() : ExitCode.OK.code();
    }

    /** The view of a failed build ends with the command that shows what failed. */
    private List<String> withHint(List<String> lines, BuildDetail build, int num) {
        if (!BuildState.of(build.summary().status(), build.summary().lifecycle()).failed()) {
            return lines;
        }
        List<String> hinted = new ArrayList<>(lines);
        hinted.add("");
        hinted.add(Style.DIM.apply("The output of the failed steps: circle-view build " + num + " --log-failed", session.terminal().outColor()));
        return hinted;
    }

    /** The number of the newest build of {@code target} (of the project when null), as {@code status} chooses it. */
    private static int newest(CircleCiClient client, ProjectSlug slug, String target) {
        Build newest = BranchTarget.newestOf(client, slug, target);
        if (newest == null || newest.buildNum() == null) {
            throw new CircleViewException(ExitCode.NOT_FOUND, "no builds found for " + slug
                    + (target == null ? "" : " on branch " + Text.quoteForMessage(target)),
                    target == null ? "start one by pushing a commit" : "check the branch name, or give --all-branches");
        }
        return newest.buildNum();
    }

    /** Opens the build's page; prints its address on stdout when no browser could be started. */
    private void openPage(Terminal term, BuildDetail build, int num) {
        String url = build.summary().buildUrl();
        if (!Hyperlink.isLinkable(url)) {
            throw new CircleViewException(ExitCode.ERROR, "CircleCI gave no web address for build #" + num
                    + (url == null || url.isEmpty() ? "" : " that can be opened (\"" + Text.quoteForMessage(url) + "\")"),
                    "open it from https://app.circleci.com");
        }
        URI page;
        try {
            page = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new CircleViewException(ExitCode.ERROR, "CircleCI gave an invalid web address for build #" + num
                    + " (\"" + Text.quoteForMessage(url) + "\")", null);
        }
        if (session.browser().open(page)) {
            term.err().println("Opening " + url + " in your browser.");
        } else {
            term.out().println(Hyperlink.apply(url, url, term.links()));
            term.err().println("circle-view: no browser could be started (xdg-open or open); open the printed address yourself");
        }
    }

    @Override
    public List<String> jsonFields() {
        return JsonFields.of(BuildDetail.class);
    }
}
