package dev.circleview.actions;

import dev.circleview.cli.BranchOptions;
import dev.circleview.cli.JsonFieldsSource;
import dev.circleview.cli.JsonOptions;
import dev.circleview.output.JsonFields;
import dev.circleview.output.Printer;
import dev.circleview.app.BranchTarget;
import dev.circleview.app.Connection;
import dev.circleview.cli.BuildNumbers;
import dev.circleview.app.Session;
import dev.circleview.api.CircleCiClient;
import dev.circleview.api.model.Build;
import dev.circleview.cli.ProjectOptions;
import dev.circleview.core.CircleViewException;
import dev.circleview.core.ExitCode;
import dev.circleview.core.ProjectSlug;
import dev.circleview.core.Text;
import dev.circleview.core.UsageException;
import dev.circleview.term.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code circle-view retry}: runs a build again (optionally with SSH) and prints the new build. */
@Command(name = "retry",
        description = "Retry a build: CircleCI runs it again as a new build, whose number and page this prints.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  circle-view retry 41                # retry build #41 of this project",
                "  circle-view retry 41 --ssh          # retry it with SSH enabled",
                "  circle-view retry --last            # retry the newest build of this checkout's branch",
                "  circle-view retry --last -b main    # ... of main (--all-branches: of any branch)",
                "  circle-view retry 41 --json | jq .build_num",
                "",
                "The request is sent once, never repeated automatically, even when the",
                "answer is lost: check with 'circle-view builds' before trying again.",
                "With --last, a project (or branch) without builds exits 5.",
                "Piped, the new build is printed as one line in the format of",
                "'circle-view builds'; --json prints it as JSON (docs/json.md)."},
        mixinStandardHelpOptions = true)
public final class RetryBuildCommand implements Callable<Integer>, JsonFieldsSource {
    private final Session session;


    @Mixin
    ProjectOptions project;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NUMBER",
            description = "The build to retry (#123 works too). Leave out with --last.")
    String number;

    @Option(names = "--last", description = "Retry the newest build of the project (of --branch, when given).")
    boolean last;

    @Mixin
    BranchOptions branches;

    @Option(names = "--ssh", description = "Retry with SSH enabled, so that you can log in to the build's machine.")
    boolean ssh;

    @Mixin
    JsonOptions json;

    public RetryBuildCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Terminal term = session.terminal();
        Printer out = session.printer(json, this::jsonFields);
        int given = validate();
        String target = last ? BranchTarget.resolve(branches.branch, branches.allBranches, null, session.cwd()) : null;
        Connection connection = session.connect(project);
        ProjectSlug slug = connection.slug();
        CircleCiClient client = connection.client();

        int retried = last ? newest(client, slug, target) : given;
        Build build = client.retryBuild(slug, retried, ssh);

        ActionOutput.print(out, session.clock(), build, (color, links) -> ActionView.retried(retried, build, ssh, color, links));
        return 0;
    }

    /** The build number given, or 0 with {@code --last}. */
    private int validate() {
        if (last && number != null) {
            throw new UsageException("give a build number or --last, not both", null);
        }
        if (!last && number == null) {
            throw new UsageException("which build? give its number, or --last for the newest", "see 'circle-view retry --help'");
        }
        if ((branches.given()) && !last) {
            throw new UsageException((branches.branch != null ? "--branch" : "--all-branches") + " only goes with --last",
                    "retry a build by its number alone");
        }
        return last ? 0 : BuildNumbers.parse(number);
    }

    /** The number of the newest build of the branch (as status and watch choose it), or of the project with --all-branches. */
    private int newest(CircleCiClient client, ProjectSlug slug, String target) {
        Build newest = BranchTarget.newestOf(client, slug, target);
        String where = slug + (target == null ? "" : " on branch " + Text.quoteForMessage(target));
        if (newest == null) {
            throw new CircleViewException(ExitCode.NOT_FOUND, "no builds found for " + where + ", so none to retry",
                    target == null ? "start one by pushing a commit" : "check the branch name, or give --all-branches");
        }
        Integer num = newest.buildNum();
        if (num == null || num < 1) {
            throw new CircleViewException(ExitCode.ERROR, "the newest build of " + where + " has no build number",
                    "retry it by its number, as CircleCI's page shows it");
        }
        return num;
    }

    @Override
    public List<String> jsonFields() {
        return JsonFields.of(Build.class);
    }
}
