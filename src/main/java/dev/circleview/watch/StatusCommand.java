package dev.circleview.watch;

import dev.circleview.cli.BranchOptions;
import dev.circleview.cli.JsonFieldsSource;
import dev.circleview.cli.JsonOptions;
import dev.circleview.output.JsonFields;
import dev.circleview.output.Printer;
import dev.circleview.app.BranchTarget;
import dev.circleview.app.Connection;
import dev.circleview.output.BuildState;
import dev.circleview.app.Session;
import dev.circleview.api.BuildQuery;
import dev.circleview.api.model.Build;
import dev.circleview.cli.ProjectOptions;
import dev.circleview.core.ExitCode;
import dev.circleview.core.ProjectSlug;
import dev.circleview.core.Text;
import dev.circleview.term.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code circle-view status}: the newest build of the current branch, as one line, and its result as the exit code. */
@Command(name = "status",
        description = "Show the newest build of the branch this checkout is on, as one line, and exit with its result.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  circle-view status                  # the newest build of the current git branch",
                "  circle-view status -b main          # ... of main",
                "  circle-view status --all-branches   # the project's newest build, whatever its branch",
                "  circle-view status --sha 3f9c2e1    # the newest build of that commit",
                "  circle-view status && git push      # only when the branch is green",
                "  circle-view status --workflow && git push  # only when every job of its workflow is",
                "",
                "Exit status: 0 success or fixed, 6 failed, timedout or infrastructure_fail, 7 canceled, not_run,",
                "retried or no_tests, 8 not finished (queued, scheduled, not_running, running); a status",
                "circle-view does not know gives 1 once the build's lifecycle is finished, else 8. --json exits",
                "the same way. No build at all for the branch, or none yet of the --sha commit, is a message on",
                "stderr ('No builds found for SLUG on branch B') and exit 8.",
                "",
                "One request: the newest builds (limit=5; CircleCI's lists are not always in build-number",
                "order, and the highest number is taken); with --sha or --workflow the newest 30, searched for",
                "the commit (a full SHA, or a prefix of 7 or more hex digits, matched against vcs_revision) or",
                "for the other jobs of the newest build's workflow. With --workflow, one line per job (JSON: an",
                "array of them), and the exit status is the worst job's: 6 over 7 over 1 over 8.",
                "",
                "Piped output is one line with the columns status, number, branch, revision (in full), subject and",
                "start time (ISO-8601 UTC), tab-separated. --json prints the build as one object with the fields",
                "of 'builds --json' (docs/json.md)."},
        mixinStandardHelpOptions = true)
public final class StatusCommand implements Callable<Integer>, JsonFieldsSource {
    private final Session session;


    @Mixin
    ProjectOptions project;

    @Mixin
    BranchOptions branches;

    @Option(names = "--sha", paramLabel = "SHA",
            description = "The newest build of this commit (a full SHA or at least 7 hex digits of one), "
                    + "among the branch's newest " + BranchTarget.SHA_PAGE + " builds.")
    String sha;

    @Option(names = "--workflow", description = "Every job of the newest build's workflow, one line each; exit with the worst.")
    boolean workflow;

    @Mixin
    JsonOptions json;

    public StatusCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Terminal term = session.terminal();
        String target = BranchTarget.resolve(branches.branch, branches.allBranches, sha, session.cwd());
        Printer out = session.printer(json, this::jsonFields);
        Connection connection = session.connect(project);
        ProjectSlug slug = connection.slug();

        List<Build> builds = connection.client().listBuilds(slug,
                new BuildQuery(target, null, sha == null && !workflow ? BranchTarget.NEWEST_PAGE : BranchTarget.SHA_PAGE, 0));

        String where = slug + (target == null ? "" : " on branch " + Text.quoteForMessage(target));
        if (builds.isEmpty()) {
            term.err().println("No builds found for " + where);
            return ExitCode.BUILD_PENDING.code();
        }
        Build build = sha == null ? BranchTarget.newest(builds) : BranchTarget.ofCommit(builds, sha);
        if (build == null) {
            term.err().println("No build of commit " + sha + " yet among the newest " + BranchTarget.SHA_PAGE + " builds of " + where);
            return ExitCode.BUILD_PENDING.code();
        }

        StatusLine line = new StatusLine(session.clock().instant(), session.clock()::getZone);
        if (workflow) {
            List<Build> jobs = jobsOf(build, builds);
            out.print(jobs, () -> jobs.stream().map(j -> line.terminal(j, out.width(), out.color(), out.links())).toList(),
                    () -> jobs.stream().map(line::piped).toList());
            return BuildState.worst(jobs.stream().map(j -> BuildState.of(j.status(), j.lifecycle())).toList()).code();
        }
        out.print(build, () -> List.of(line.terminal(build, out.width(), out.color(), out.links())), () -> List.of(line.piped(build)));
        return BuildState.of(build.status(), build.lifecycle()).exitCode().code();
    }

    /** The jobs of {@code build}'s workflow among {@code builds}, by number; the build alone when it has no workflow. */
    private static List<Build> jobsOf(Build build, List<Build> builds) {
        String id = build.workflows() == null ? null : build.workflows().workflowId();
        if (id == null) {
            return List.of(build);
        }
        return builds.stream().filter(b -> b.workflows() != null && id.equals(b.workflows().workflowId()))
                .sorted(Comparator.comparing(Build::buildNum, Comparator.nullsLast(Comparator.<Integer>naturalOrder()))).toList();
    }

    @Override
    public List<String> jsonFields() {
        return JsonFields.of(Build.class);
    }
}
