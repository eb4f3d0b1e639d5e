package dev.circleview.command;

import dev.circleview.AppContext;
import dev.circleview.api.model.BuildDetail;
import dev.circleview.catalog.ProjectResolver;
import dev.circleview.cli.CircleViewCommand;
import dev.circleview.cli.GlobalOptions;
import dev.circleview.cli.ProjectOptions;
import dev.circleview.config.Settings;
import dev.circleview.core.CircleViewException;
import dev.circleview.core.ExitCode;
import dev.circleview.core.ProjectSlug;
import dev.circleview.core.Text;
import dev.circleview.core.UsageException;
import dev.circleview.render.BuildDetailView;
import dev.circleview.render.JsonOutput;
import dev.circleview.term.Hyperlink;
import dev.circleview.term.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code circle-view build NUMBER}: one build in depth, with its steps; or its page in the browser. */
@Command(name = "build", aliases = {"view"},
        description = "Show one build in depth: status, branch, commit, author, trigger, workflow, times, and its "
                + "steps (per container on parallel builds).",
        footerHeading = "%nExamples:%n",
        footer = {
                "  circle-view build 4810                     # build #4810 of this checkout's project",
                "  circle-view view '#4810' --web             # its page in the browser",
                "  circle-view build 4810 --exit-status && echo passed",
                "  circle-view build 4810 --json | jq '.steps[].name'",
                "",
                "Exit status: 0 when the build is shown, whatever its result. With --exit-status: 0 success or",
                "fixed, 6 failed, timedout or infrastructure_fail, 7 canceled, not_run, retried or no_tests,",
                "8 not finished (queued, scheduled, not_running, running); a status circle-view does not know",
                "gives 1 once the build's lifecycle is finished, else 8. --json exits the same way.",
                "",
                "Piped output is one 'name<TAB>value' line per fact (build_num, status, lifecycle, outcome,",
                "subject, branch, vcs_tag, vcs_revision, author, why, retry_of, workflow, job, parallel, queued_at,",
                "start_time, stop_time, duration, build_url), then one line per step and container:",
                "'step<TAB>name<TAB>container<TAB>status<TAB>exit code<TAB>seconds'. --json fields are in docs/json.md."},
        mixinStandardHelpOptions = true)
public final class ViewBuildCommand implements Callable<Integer> {
    private final AppContext context;

    @ParentCommand
    CircleViewCommand root;

    @Mixin
    ProjectOptions project;

    @Parameters(index = "0", paramLabel = "NUMBER", description = "The build's number (#123 works too).")
    String number;

    @Option(names = "--json", description = "Print the build, its steps and their actions as JSON (fields in docs/json.md).")
    boolean json;

    @Option(names = {"-w", "--web"}, description = "Open the build's page in the browser (printed when no browser can be started).")
    boolean web;

    @Option(names = "--exit-status", description = "Exit with the build's result: 0 passed, 6 failed, 7 canceled, 8 not finished.")
    boolean exitStatus;

    public ViewBuildCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        GlobalOptions global = root.global();
        Terminal term = global.terminal(context.terminal(), context.env());
        int num = BuildNumbers.parse(number);
        if (web && json) {
            throw new UsageException("--web and --json do not go together", "use one or the other");
        }
        var settings = Settings.client(context.env(), global.clientFlags(), AppContext.version());
        ProjectSlug slug = ProjectResolver.resolve(project.project, context.env().get(Settings.PROJECT_ENV),
                project.catalog, project.entity, context.cwd(), note -> term.err().println("circle-view: " + note));

        BuildDetail build = context.client(settings, new TerminalListener(term, global.debug())).getBuild(slug, num);

        if (web) {
            openPage(term, build, num);
        } else if (json) {
            JsonOutput.write(term.out(), build);
        } else {
            BuildDetailView view = new BuildDetailView(context.clock().instant(), context.clock()::getZone);
            List<String> lines = term.isOutTerminal() ? view.terminal(build, term.width(), term.outColor()) : view.piped(build);
            lines.forEach(term.out()::println);
        }
        return exitStatus ? BuildExitStatus.of(build.status(), build.lifecycle()).code() : ExitCode.OK.code();
    }

    /** Opens the build's page; prints its address on stdout when no browser could be started. */
    private void openPage(Terminal term, BuildDetail build, int num) {
        String url = build.buildUrl();
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
        if (context.browser().open(page)) {
            term.err().println("Opening " + url + " in your browser.");
        } else {
            term.out().println(url);
            term.err().println("circle-view: no browser could be started (xdg-open or open); open the printed address yourself");
        }
    }
}
