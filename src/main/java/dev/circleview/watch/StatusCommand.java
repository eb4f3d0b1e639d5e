package dev.circleview.watch;

import dev.circleview.cli.JsonFieldsSource;
import dev.circleview.cli.JsonOptions;
import dev.circleview.output.JsonFields;
import dev.circleview.output.Printer;
import dev.circleview.app.Connection;
import dev.circleview.output.BuildState;
import dev.circleview.app.Session;
import dev.circleview.api.BuildQuery;
import dev.circleview.api.model.Build;
import dev.circleview.cli.GlobalOptions;
import dev.circleview.cli.ProjectOptions;
import dev.circleview.core.ExitCode;
import dev.circleview.core.ProjectSlug;
import dev.circleview.core.Text;
import dev.circleview.term.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
                "",
                "Exit status: 0 success or fixed, 6 failed, timedout or infrastructure_fail, 7 canceled, not_run,",
                "retried or no_tests, 8 not finished (queued, scheduled, not_running, running); a status",
                "circle-view does not know gives 1 once the build's lifecycle is finished, else 8. --json exits",
                "the same way. No build at all for the branch, or none yet of the --sha commit, is a message on",
                "stderr ('No builds found for SLUG on branch B') and exit 8.",
                "",
                "One request: the newest build (limit=1); with --sha the newest 30, searched for the commit",
                "(a full SHA, or a prefix of 7 or more hex digits, matched against vcs_revision).",
                "",
                "Piped output is one line with the columns status, number, branch, revision (in full), subject and",
                "start time (ISO-8601 UTC), tab-separated. --json prints the build as one object with the fields",
                "of 'builds --json' (docs/json.md)."},
        mixinStandardHelpOptions = true)
public final class StatusCommand implements Callable<Integer>, JsonFieldsSource {
    /** How many of the newest builds {@code --sha} looks through. */
    static final int SHA_PAGE = 30;

    private final Session session;


    @Mixin
    ProjectOptions project;

    @Option(names = {"-b", "--branch"}, paramLabel = "NAME",
            description = "The branch whose newest build to show. Default: the branch this git checkout is on.")
    String branch;

    @Option(names = "--all-branches", description = "The project's newest build, of any branch.")
    boolean allBranches;

    @Option(names = "--sha", paramLabel = "SHA",
            description = "The newest build of this commit (a full SHA or at least 7 hex digits of one), "
                    + "among the branch's newest " + SHA_PAGE + " builds.")
    String sha;

    @Mixin
    JsonOptions json;

    public StatusCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Terminal term = session.terminal();
        String target = BranchTarget.resolve(branch, allBranches, sha, session.cwd());
        Printer out = session.printer(json, this::jsonFields);
        Connection connection = session.connect(project);
        ProjectSlug slug = connection.slug();

        List<Build> builds = connection.client()
                .listBuilds(slug, new BuildQuery(target, null, sha == null ? 1 : SHA_PAGE, 0));

        String where = slug + (target == null ? "" : " on branch " + Text.quoteForMessage(target));
        if (builds.isEmpty()) {
            term.err().println("No builds found for " + where);
            return ExitCode.BUILD_PENDING.code();
        }
        Build build = sha == null ? builds.get(0) : BranchTarget.ofCommit(builds, sha);
        if (build == null) {
            term.err().println("No build of commit " + sha + " yet among the newest " + SHA_PAGE + " builds of " + where);
            return ExitCode.BUILD_PENDING.code();
        }

        StatusLine line = new StatusLine(session.clock().instant(), session.clock()::getZone);
        out.print(build, () -> List.of(line.terminal(build, out.width(), out.color(), out.links())), () -> List.of(line.piped(build)));
        return BuildState.of(build.status(), build.lifecycle()).exitCode().code();
    }

    @Override
    public List<String> jsonFields() {
        return JsonFields.of(Build.class);
    }
}
