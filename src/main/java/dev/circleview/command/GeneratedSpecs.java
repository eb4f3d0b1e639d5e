package dev.circleview.command;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * GENERATED from the picocli annotations of this package's commands; do not edit. Regenerate with
 * {@code mvn -B test -Dtest=GeneratedSpecsTest -Dspecs.update=true} (see README, "Development").
 */
public final class GeneratedSpecs implements dev.circleview.cli.SpecFactory {
    static {
        dev.circleview.cli.Cli.register("dev.circleview.command", new GeneratedSpecs());
    }

    @Override
    public CommandSpec spec(Object command, Object parent) {
        if (command instanceof ListBuildsCommand c) {
            return specListBuildsCommand(c, parent);
        }
        if (command instanceof ViewBuildCommand c) {
            return specViewBuildCommand(c, parent);
        }
        if (command instanceof RetryBuildCommand c) {
            return specRetryBuildCommand(c, parent);
        }
        if (command instanceof CancelBuildCommand c) {
            return specCancelBuildCommand(c, parent);
        }
        if (command instanceof TriggerBuildCommand c) {
            return specTriggerBuildCommand(c, parent);
        }
        if (command instanceof ListTestsCommand c) {
            return specListTestsCommand(c, parent);
        }
        if (command instanceof ListArtifactsCommand c) {
            return specListArtifactsCommand(c, parent);
        }
        if (command instanceof StatusCommand c) {
            return specStatusCommand(c, parent);
        }
        if (command instanceof WatchCommand c) {
            return specWatchCommand(c, parent);
        }
        if (command instanceof ListProjectsCommand c) {
            return specListProjectsCommand(c, parent);
        }
        if (command instanceof DoctorCommand c) {
            return specDoctorCommand(c, parent);
        }
        if (command instanceof CompletionCommand c) {
            return specCompletionCommand(c, parent);
        }
        if (command instanceof HelpCommand c) {
            return specHelpCommand(c, parent);
        }
        return null;
    }

    private static CommandSpec specListBuildsCommand(dev.circleview.command.ListBuildsCommand c, Object parent) {
        c.root = (dev.circleview.cli.CircleViewCommand) parent;
        if (c.projects == null) {
            c.projects = new dev.circleview.cli.ProjectsOptions();
        }
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
        spec.name("builds");
        spec.usageMessage().description("List the project's recent builds, newest first; or those of several projects together.");
        spec.usageMessage().footer("  circle-view builds                   # the project of this checkout's catalog", "  circle-view builds -b main -s failed -L 10  # last 10 failed of main", "  circle-view builds -p gh/my-org/my-repo --json | jq '.[0].status'", "  circle-view builds | cut -f1,2       # piped: tab-separated, no header", "  circle-view builds --all-entities    # every project the catalog file names", "  circle-view builds -p gh/o/a -p gh/o/b --mine  # your builds of two projects", "", "Piped output has the columns status, number, subject, job, workflow, branch,", "revision, author, start time (ISO-8601 UTC) and duration (seconds). With", "several projects (--project repeated, or --all-entities), each line starts", "with one more column, the project's slug, and the table has a PROJECT", "column. --json fields are listed in docs/json.md.", "", "Several projects are fetched together, --limit builds of each, then merged", "newest first (by start time, else queue time, then number) and cut to", "--limit. If any project fails (404, 401, ...), the command fails with one", "line naming it, and prints no builds. --offset takes one project only.", "", "--mine keeps the builds whose user is the token's (GET /me): it reads 100", "builds at a time until it has --limit of them, the list ends, or it has", "read 1000 builds of a project (twice --limit, when that is more),", "which it then says on stderr.");
        spec.usageMessage().footerHeading("%nExamples:%n");
        var field1 = new CatalogOptionsFields(c.projects, 0);
        spec.addOption(OptionSpec.builder("--catalog").description("The catalog file to read, instead of searching for catalog-info.yaml.").paramLabel("FILE").type(java.nio.file.Path.class).getter(field1).setter(field1).initialValue(c.projects.catalog).hasInitialValue(true).build());
        var field2 = new CatalogOptionsFields(c.projects, 1);
        spec.addOption(OptionSpec.builder("--entity").description("Which entity of the catalog file to use, when several name a project.").paramLabel("NAME").type(java.lang.String.class).getter(field2).setter(field2).initialValue(c.projects.entity).hasInitialValue(true).build());
        var field3 = new ProjectsOptionsFields(c.projects, 0);
        spec.addOption(OptionSpec.builder("-p", "--project").description("The project, as github/ORG/REPO, bitbucket/WORKSPACE/REPO or circleci/ORG-ID/PROJECT-ID (gh/ and bb/ work too; env CIRCLE_VIEW_PROJECT). Repeat it (-p A -p B) to list several projects together. Default: the circleci.com/project-slug annotation of catalog-info.yaml in this folder or a parent.").paramLabel("SLUG").type(java.util.List.class).auxiliaryTypes(java.lang.String.class).getter(field3).setter(field3).initialValue(c.projects.projects).hasInitialValue(true).build());
        var field4 = new ProjectsOptionsFields(c.projects, 1);
        spec.addOption(OptionSpec.builder("--all-entities").description("Every project the catalog file names (each entity with a circleci.com/project-slug annotation, as in a monorepo), listed together; instead of --entity, --project and CIRCLE_VIEW_PROJECT.").paramLabel("<allEntities>").type(boolean.class).getter(field4).setter(field4).initialValue(c.projects.allEntities).hasInitialValue(true).build());
        var field5 = new ListBuildsCommandFields(c, 0);
        spec.addOption(OptionSpec.builder("-L", "--limit").description("How many builds to show (default: limit in the config file, else 30; above 100 they are fetched in pages).").paramLabel("N").type(java.lang.Integer.class).getter(field5).setter(field5).initialValue(c.limitFlag).hasInitialValue(true).build());
        var field6 = new ListBuildsCommandFields(c, 1);
        spec.addOption(OptionSpec.builder("--offset").defaultValue("0").description("Skip the N newest builds.").paramLabel("N").type(int.class).getter(field6).setter(field6).initialValue(c.offset).hasInitialValue(true).build());
        var field7 = new ListBuildsCommandFields(c, 2);
        spec.addOption(OptionSpec.builder("-b", "--branch").description("Only builds of this branch.").paramLabel("NAME").type(java.lang.String.class).getter(field7).setter(field7).initialValue(c.branch).hasInitialValue(true).build());
        var field8 = new ListBuildsCommandFields(c, 3);
        spec.addOption(OptionSpec.builder("-s", "--status").description("Only builds that are ${COMPLETION-CANDIDATES}.").paramLabel("STATUS").type(dev.circleview.command.ListBuildsCommand.StatusFilter.class).getter(field8).setter(field8).initialValue(c.status).hasInitialValue(true).build());
        var field9 = new ListBuildsCommandFields(c, 4);
        spec.addOption(OptionSpec.builder("--json").description("Print the builds as a JSON array (fields in docs/json.md).").paramLabel("<json>").type(boolean.class).getter(field9).setter(field9).initialValue(c.json).hasInitialValue(true).build());
        var field10 = new ListBuildsCommandFields(c, 5);
        spec.addOption(OptionSpec.builder("--no-headers").description("Leave out the header line of the table.").paramLabel("<noHeaders>").type(boolean.class).getter(field10).setter(field10).initialValue(c.noHeaders).hasInitialValue(true).build());
        var field11 = new ListBuildsCommandFields(c, 6);
        spec.addOption(OptionSpec.builder("--mine").description("Only builds whose user is the token's own (needs a personal API token).").paramLabel("<mine>").type(boolean.class).getter(field11).setter(field11).initialValue(c.mine).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.help.name.0:--h}", "${picocli.help.name.1:---help}").description("Show this help message and exit.").descriptionKey("mixinStandardHelpOptions.help").usageHelp(true).paramLabel("<helpRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.version.name.0:--V}", "${picocli.version.name.1:---version}").description("Print version information and exit.").descriptionKey("mixinStandardHelpOptions.version").versionHelp(true).paramLabel("<versionRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        return spec;
    }

    private static CommandSpec specViewBuildCommand(dev.circleview.command.ViewBuildCommand c, Object parent) {
        c.root = (dev.circleview.cli.CircleViewCommand) parent;
        if (c.project == null) {
            c.project = new dev.circleview.cli.ProjectOptions();
        }
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
        spec.name("build");
        spec.aliases("view");
        spec.usageMessage().description("Show one build in depth: status, branch, commit, author, trigger, workflow, times, and its steps (per container on parallel builds); or the output of its steps (--log).");
        spec.usageMessage().footer("  circle-view build 4810                     # build #4810 of this checkout's project", "  circle-view view '#4810' --web             # its page in the browser", "  circle-view build 4810 --exit-status && echo passed", "  circle-view build 4810 --json | jq '.steps[].name'", "  circle-view build 4810 --log-failed        # the output of the steps that failed", "  circle-view build 4810 --log --step 'Run tests' --container 1 --log-limit 50M", "", "Exit status: 0 when the build is shown, whatever its result. With --exit-status: 0 success or", "fixed, 6 failed, timedout or infrastructure_fail, 7 canceled, not_run, retried or no_tests,", "8 not finished (queued, scheduled, not_running, running); a status circle-view does not know", "gives 1 once the build's lifecycle is finished, else 8. --json exits the same way.", "", "Piped output is one 'name<TAB>value' line per fact (build_num, status, lifecycle, outcome,", "subject, branch, vcs_tag, vcs_revision, author, why, retry_of, workflow, job, parallel, queued_at,", "start_time, stop_time, duration, build_url), then one line per step and container:", "'step<TAB>name<TAB>container<TAB>status<TAB>exit code<TAB>seconds'. --json fields are in docs/json.md.", "", "--log prints each step's output under a line '==> STEP [container N] (STATUS, exit code E)' (the", "container on parallel builds only), in step order, piped or not; '(no output)' for a step without", "any. Colour codes in logs are kept only when colour is on; every other escape sequence is removed.", "A log cut at --log-limit ends in a '[log cut at ...]' line. A log that cannot be fetched is one", "line on stderr and the others are still shown; the exit status is then that of the first such log:", "9 when it could not be downloaded (network, 5xx, a link refused again after the build was fetched", "anew for fresh links), 1 when it is not a log.");
        spec.usageMessage().footerHeading("%nExamples:%n");
        var field1 = new CatalogOptionsFields(c.project, 2);
        spec.addOption(OptionSpec.builder("--catalog").description("The catalog file to read, instead of searching for catalog-info.yaml.").paramLabel("FILE").type(java.nio.file.Path.class).getter(field1).setter(field1).initialValue(c.project.catalog).hasInitialValue(true).build());
        var field2 = new CatalogOptionsFields(c.project, 3);
        spec.addOption(OptionSpec.builder("--entity").description("Which entity of the catalog file to use, when several name a project.").paramLabel("NAME").type(java.lang.String.class).getter(field2).setter(field2).initialValue(c.project.entity).hasInitialValue(true).build());
        var field3 = new ProjectOptionsFields(c.project, 0);
        spec.addOption(OptionSpec.builder("-p", "--project").description("The project, as github/ORG/REPO, bitbucket/WORKSPACE/REPO or circleci/ORG-ID/PROJECT-ID (gh/ and bb/ work too; env CIRCLE_VIEW_PROJECT). Default: the circleci.com/project-slug annotation of catalog-info.yaml in this folder or a parent.").paramLabel("SLUG").type(java.lang.String.class).getter(field3).setter(field3).initialValue(c.project.project).hasInitialValue(true).build());
        var field4 = new ViewBuildCommandFields(c, 0);
        spec.addPositional(PositionalParamSpec.builder().description("The build's number (#123 works too).").index("0").paramLabel("NUMBER").required(true).type(java.lang.String.class).getter(field4).setter(field4).initialValue(c.number).hasInitialValue(true).build());
        var field5 = new ViewBuildCommandFields(c, 1);
        spec.addOption(OptionSpec.builder("--json").description("Print the build, its steps and their actions as JSON (fields in docs/json.md).").paramLabel("<json>").type(boolean.class).getter(field5).setter(field5).initialValue(c.json).hasInitialValue(true).build());
        var field6 = new ViewBuildCommandFields(c, 2);
        spec.addOption(OptionSpec.builder("-w", "--web").description("Open the build's page in the browser (printed when no browser can be started).").paramLabel("<web>").type(boolean.class).getter(field6).setter(field6).initialValue(c.web).hasInitialValue(true).build());
        var field7 = new ViewBuildCommandFields(c, 3);
        spec.addOption(OptionSpec.builder("--exit-status").description("Exit with the build's result: 0 passed, 6 failed, 7 canceled, 8 not finished.").paramLabel("<exitStatus>").type(boolean.class).getter(field7).setter(field7).initialValue(c.exitStatus).hasInitialValue(true).build());
        var field8 = new ViewBuildCommandFields(c, 4);
        spec.addOption(OptionSpec.builder("--log").description("Print the output of the build's steps, each under a '==> STEP' heading.").paramLabel("<log>").type(boolean.class).getter(field8).setter(field8).initialValue(c.log).hasInitialValue(true).build());
        var field9 = new ViewBuildCommandFields(c, 5);
        spec.addOption(OptionSpec.builder("--log-failed").description("Print the output of the failed steps only (and containers, on parallel builds).").paramLabel("<logFailed>").type(boolean.class).getter(field9).setter(field9).initialValue(c.logFailed).hasInitialValue(true).build());
        var field10 = new ViewBuildCommandFields(c, 6);
        spec.addOption(OptionSpec.builder("--step").description("With --log: only this step (its name ignoring case, else the steps whose names contain it). Repeatable.").paramLabel("NAME").type(java.util.List.class).auxiliaryTypes(java.lang.String.class).getter(field10).setter(field10).initialValue(c.steps).hasInitialValue(true).build());
        var field11 = new ViewBuildCommandFields(c, 7);
        spec.addOption(OptionSpec.builder("--container").description("With --log: only container N (0, 1, ...) of a parallel build. Repeatable.").paramLabel("N").type(java.util.List.class).auxiliaryTypes(java.lang.Integer.class).getter(field11).setter(field11).initialValue(c.containers).hasInitialValue(true).build());
        var field12 = new ViewBuildCommandFields(c, 8);
        spec.addOption(OptionSpec.builder("--log-limit").description("With --log: the most of each step's log to print, in bytes of its text or with K, M, G (KiB, MiB, GiB), or 'none' (default 10M).").paramLabel("SIZE").type(java.lang.String.class).getter(field12).setter(field12).initialValue(c.logLimit).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.help.name.0:--h}", "${picocli.help.name.1:---help}").description("Show this help message and exit.").descriptionKey("mixinStandardHelpOptions.help").usageHelp(true).paramLabel("<helpRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.version.name.0:--V}", "${picocli.version.name.1:---version}").description("Print version information and exit.").descriptionKey("mixinStandardHelpOptions.version").versionHelp(true).paramLabel("<versionRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        return spec;
    }

    private static CommandSpec specRetryBuildCommand(dev.circleview.command.RetryBuildCommand c, Object parent) {
        c.root = (dev.circleview.cli.CircleViewCommand) parent;
        if (c.project == null) {
            c.project = new dev.circleview.cli.ProjectOptions();
        }
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
        spec.name("retry");
        spec.usageMessage().description("Retry a build: CircleCI runs it again as a new build, whose number and page this prints.");
        spec.usageMessage().footer("  circle-view retry 41                # retry build #41 of this project", "  circle-view retry 41 --ssh          # retry it with SSH enabled", "  circle-view retry --last -b main    # retry the newest build of main", "  circle-view retry 41 --json | jq .build_num", "", "The request is sent once, never repeated automatically, even when the", "answer is lost: check with 'circle-view builds' before trying again.", "With --last, a project (or branch) without builds exits 5.", "Piped, the new build is printed as one line in the format of", "'circle-view builds'; --json prints it as JSON (docs/json.md).");
        spec.usageMessage().footerHeading("%nExamples:%n");
        var field1 = new CatalogOptionsFields(c.project, 4);
        spec.addOption(OptionSpec.builder("--catalog").description("The catalog file to read, instead of searching for catalog-info.yaml.").paramLabel("FILE").type(java.nio.file.Path.class).getter(field1).setter(field1).initialValue(c.project.catalog).hasInitialValue(true).build());
        var field2 = new CatalogOptionsFields(c.project, 5);
        spec.addOption(OptionSpec.builder("--entity").description("Which entity of the catalog file to use, when several name a project.").paramLabel("NAME").type(java.lang.String.class).getter(field2).setter(field2).initialValue(c.project.entity).hasInitialValue(true).build());
        var field3 = new ProjectOptionsFields(c.project, 1);
        spec.addOption(OptionSpec.builder("-p", "--project").description("The project, as github/ORG/REPO, bitbucket/WORKSPACE/REPO or circleci/ORG-ID/PROJECT-ID (gh/ and bb/ work too; env CIRCLE_VIEW_PROJECT). Default: the circleci.com/project-slug annotation of catalog-info.yaml in this folder or a parent.").paramLabel("SLUG").type(java.lang.String.class).getter(field3).setter(field3).initialValue(c.project.project).hasInitialValue(true).build());
        var field4 = new RetryBuildCommandFields(c, 0);
        spec.addPositional(PositionalParamSpec.builder().arity("0..1").description("The build to retry (#123 works too). Leave out with --last.").index("0").paramLabel("NUMBER").type(java.lang.String.class).getter(field4).setter(field4).initialValue(c.number).hasInitialValue(true).build());
        var field5 = new RetryBuildCommandFields(c, 1);
        spec.addOption(OptionSpec.builder("--last").description("Retry the newest build of the project (of --branch, when given).").paramLabel("<last>").type(boolean.class).getter(field5).setter(field5).initialValue(c.last).hasInitialValue(true).build());
        var field6 = new RetryBuildCommandFields(c, 2);
        spec.addOption(OptionSpec.builder("-b", "--branch").description("With --last: the newest build of this branch.").paramLabel("NAME").type(java.lang.String.class).getter(field6).setter(field6).initialValue(c.branch).hasInitialValue(true).build());
        var field7 = new RetryBuildCommandFields(c, 3);
        spec.addOption(OptionSpec.builder("--ssh").description("Retry with SSH enabled, so that you can log in to the build's machine.").paramLabel("<ssh>").type(boolean.class).getter(field7).setter(field7).initialValue(c.ssh).hasInitialValue(true).build());
        var field8 = new RetryBuildCommandFields(c, 4);
        spec.addOption(OptionSpec.builder("--json").description("Print the new build as JSON (fields in docs/json.md).").paramLabel("<json>").type(boolean.class).getter(field8).setter(field8).initialValue(c.json).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.help.name.0:--h}", "${picocli.help.name.1:---help}").description("Show this help message and exit.").descriptionKey("mixinStandardHelpOptions.help").usageHelp(true).paramLabel("<helpRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.version.name.0:--V}", "${picocli.version.name.1:---version}").description("Print version information and exit.").descriptionKey("mixinStandardHelpOptions.version").versionHelp(true).paramLabel("<versionRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        return spec;
    }

    private static CommandSpec specCancelBuildCommand(dev.circleview.command.CancelBuildCommand c, Object parent) {
        c.root = (dev.circleview.cli.CircleViewCommand) parent;
        if (c.project == null) {
            c.project = new dev.circleview.cli.ProjectOptions();
        }
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
        spec.name("cancel");
        spec.usageMessage().description("Cancel a queued or running build.");
        spec.usageMessage().footer("  circle-view cancel 41               # cancel build #41 of this project", "  circle-view cancel '#41' -p gh/my-org/my-repo", "  circle-view cancel 41 --json | jq .status", "", "The request is sent once, never repeated automatically. CircleCI answers", "with the build; one that had already finished stays as it was.", "Piped, the build is printed as one line in the format of", "'circle-view builds'; --json prints it as JSON (docs/json.md).");
        spec.usageMessage().footerHeading("%nExamples:%n");
        var field1 = new CatalogOptionsFields(c.project, 6);
        spec.addOption(OptionSpec.builder("--catalog").description("The catalog file to read, instead of searching for catalog-info.yaml.").paramLabel("FILE").type(java.nio.file.Path.class).getter(field1).setter(field1).initialValue(c.project.catalog).hasInitialValue(true).build());
        var field2 = new CatalogOptionsFields(c.project, 7);
        spec.addOption(OptionSpec.builder("--entity").description("Which entity of the catalog file to use, when several name a project.").paramLabel("NAME").type(java.lang.String.class).getter(field2).setter(field2).initialValue(c.project.entity).hasInitialValue(true).build());
        var field3 = new ProjectOptionsFields(c.project, 2);
        spec.addOption(OptionSpec.builder("-p", "--project").description("The project, as github/ORG/REPO, bitbucket/WORKSPACE/REPO or circleci/ORG-ID/PROJECT-ID (gh/ and bb/ work too; env CIRCLE_VIEW_PROJECT). Default: the circleci.com/project-slug annotation of catalog-info.yaml in this folder or a parent.").paramLabel("SLUG").type(java.lang.String.class).getter(field3).setter(field3).initialValue(c.project.project).hasInitialValue(true).build());
        var field4 = new CancelBuildCommandFields(c, 0);
        spec.addPositional(PositionalParamSpec.builder().description("The build to cancel (#123 works too).").index("0").paramLabel("NUMBER").required(true).type(java.lang.String.class).getter(field4).setter(field4).initialValue(c.number).hasInitialValue(true).build());
        var field5 = new CancelBuildCommandFields(c, 1);
        spec.addOption(OptionSpec.builder("--json").description("Print the build as JSON (fields in docs/json.md).").paramLabel("<json>").type(boolean.class).getter(field5).setter(field5).initialValue(c.json).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.help.name.0:--h}", "${picocli.help.name.1:---help}").description("Show this help message and exit.").descriptionKey("mixinStandardHelpOptions.help").usageHelp(true).paramLabel("<helpRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.version.name.0:--V}", "${picocli.version.name.1:---version}").description("Print version information and exit.").descriptionKey("mixinStandardHelpOptions.version").versionHelp(true).paramLabel("<versionRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        return spec;
    }

    private static CommandSpec specTriggerBuildCommand(dev.circleview.command.TriggerBuildCommand c, Object parent) {
        c.root = (dev.circleview.cli.CircleViewCommand) parent;
        if (c.project == null) {
            c.project = new dev.circleview.cli.ProjectOptions();
        }
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
        spec.name("trigger");
        spec.usageMessage().description("Trigger a new build of a branch, optionally at a revision and with build parameters.", "CircleCI honours this only for projects whose config allows it: the v1.1 trigger is not supported for configs that say 'version: 2.1' (start those from CircleCI's app or API v2).");
        spec.usageMessage().footer("  circle-view trigger                 # the branch this checkout is on", "  circle-view trigger -b main --revision 3f9c2e1", "  circle-view trigger -b main --param DEPLOY=staging --param DRY_RUN=1", "  circle-view trigger -b main --json | jq .build_num", "", "The request is sent once, never repeated automatically. Not for configs", "that say 'version: 2.1': CircleCI refuses to trigger those.", "Piped, the new build is printed as one line in the format of", "'circle-view builds'; --json prints it as JSON (docs/json.md).");
        spec.usageMessage().footerHeading("%nExamples:%n");
        var field1 = new CatalogOptionsFields(c.project, 8);
        spec.addOption(OptionSpec.builder("--catalog").description("The catalog file to read, instead of searching for catalog-info.yaml.").paramLabel("FILE").type(java.nio.file.Path.class).getter(field1).setter(field1).initialValue(c.project.catalog).hasInitialValue(true).build());
        var field2 = new CatalogOptionsFields(c.project, 9);
        spec.addOption(OptionSpec.builder("--entity").description("Which entity of the catalog file to use, when several name a project.").paramLabel("NAME").type(java.lang.String.class).getter(field2).setter(field2).initialValue(c.project.entity).hasInitialValue(true).build());
        var field3 = new ProjectOptionsFields(c.project, 3);
        spec.addOption(OptionSpec.builder("-p", "--project").description("The project, as github/ORG/REPO, bitbucket/WORKSPACE/REPO or circleci/ORG-ID/PROJECT-ID (gh/ and bb/ work too; env CIRCLE_VIEW_PROJECT). Default: the circleci.com/project-slug annotation of catalog-info.yaml in this folder or a parent.").paramLabel("SLUG").type(java.lang.String.class).getter(field3).setter(field3).initialValue(c.project.project).hasInitialValue(true).build());
        var field4 = new TriggerBuildCommandFields(c, 0);
        spec.addOption(OptionSpec.builder("-b", "--branch").description("The branch to build. Default: the branch this git checkout is on.").paramLabel("NAME").type(java.lang.String.class).getter(field4).setter(field4).initialValue(c.branch).hasInitialValue(true).build());
        var field5 = new TriggerBuildCommandFields(c, 1);
        spec.addOption(OptionSpec.builder("--revision").description("The commit to build (7 to 40 hex digits). Default: the branch's head.").paramLabel("SHA").type(java.lang.String.class).getter(field5).setter(field5).initialValue(c.revision).hasInitialValue(true).build());
        var field6 = new TriggerBuildCommandFields(c, 2);
        spec.addOption(OptionSpec.builder("--param").description("A build parameter, given to the build as an environment variable. Repeatable.").paramLabel("KEY=VALUE").type(java.util.List.class).auxiliaryTypes(java.lang.String.class).getter(field6).setter(field6).initialValue(c.params).hasInitialValue(true).build());
        var field7 = new TriggerBuildCommandFields(c, 3);
        spec.addOption(OptionSpec.builder("--json").description("Print the new build as JSON (fields in docs/json.md).").paramLabel("<json>").type(boolean.class).getter(field7).setter(field7).initialValue(c.json).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.help.name.0:--h}", "${picocli.help.name.1:---help}").description("Show this help message and exit.").descriptionKey("mixinStandardHelpOptions.help").usageHelp(true).paramLabel("<helpRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.version.name.0:--V}", "${picocli.version.name.1:---version}").description("Print version information and exit.").descriptionKey("mixinStandardHelpOptions.version").versionHelp(true).paramLabel("<versionRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        return spec;
    }

    private static CommandSpec specListTestsCommand(dev.circleview.command.ListTestsCommand c, Object parent) {
        c.root = (dev.circleview.cli.CircleViewCommand) parent;
        if (c.project == null) {
            c.project = new dev.circleview.cli.ProjectOptions();
        }
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
        spec.name("tests");
        spec.usageMessage().description("Show a build's test results: how many passed, failed, were skipped or errored, then each failed test with its class, file, run time and the first lines of its message.");
        spec.usageMessage().footer("  circle-view tests 4810                  # totals and the failed tests of build #4810", "  circle-view tests 4810 --all            # every test", "  circle-view tests 4810 | grep '^test'   # piped: one line per failed test", "  circle-view tests 4810 --json | jq '.tests[] | select(.result != \"success\") | .name'", "", "CircleCI has results only for jobs that store them (store_test_results); a build without", "any says so and exits 0. The exit status is 0 whatever the tests' results.", "", "Piped output starts with 'name<TAB>count' lines (passed, failed, skipped, errors, other,", "total), then one line per failed test (every test with --all):", "'test<TAB>result<TAB>class<TAB>name<TAB>file<TAB>seconds<TAB>first line of the message'.", "--json prints CircleCI's answer: fields in docs/json.md.");
        spec.usageMessage().footerHeading("%nExamples:%n");
        var field1 = new CatalogOptionsFields(c.project, 10);
        spec.addOption(OptionSpec.builder("--catalog").description("The catalog file to read, instead of searching for catalog-info.yaml.").paramLabel("FILE").type(java.nio.file.Path.class).getter(field1).setter(field1).initialValue(c.project.catalog).hasInitialValue(true).build());
        var field2 = new CatalogOptionsFields(c.project, 11);
        spec.addOption(OptionSpec.builder("--entity").description("Which entity of the catalog file to use, when several name a project.").paramLabel("NAME").type(java.lang.String.class).getter(field2).setter(field2).initialValue(c.project.entity).hasInitialValue(true).build());
        var field3 = new ProjectOptionsFields(c.project, 4);
        spec.addOption(OptionSpec.builder("-p", "--project").description("The project, as github/ORG/REPO, bitbucket/WORKSPACE/REPO or circleci/ORG-ID/PROJECT-ID (gh/ and bb/ work too; env CIRCLE_VIEW_PROJECT). Default: the circleci.com/project-slug annotation of catalog-info.yaml in this folder or a parent.").paramLabel("SLUG").type(java.lang.String.class).getter(field3).setter(field3).initialValue(c.project.project).hasInitialValue(true).build());
        var field4 = new ListTestsCommandFields(c, 0);
        spec.addPositional(PositionalParamSpec.builder().description("The build's number (#123 works too).").index("0").paramLabel("NUMBER").required(true).type(java.lang.String.class).getter(field4).setter(field4).initialValue(c.number).hasInitialValue(true).build());
        var field5 = new ListTestsCommandFields(c, 1);
        spec.addOption(OptionSpec.builder("-a", "--all").description("List every test, not only the failed ones.").paramLabel("<all>").type(boolean.class).getter(field5).setter(field5).initialValue(c.all).hasInitialValue(true).build());
        var field6 = new ListTestsCommandFields(c, 2);
        spec.addOption(OptionSpec.builder("--json").description("Print the tests as JSON (fields in docs/json.md).").paramLabel("<json>").type(boolean.class).getter(field6).setter(field6).initialValue(c.json).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.help.name.0:--h}", "${picocli.help.name.1:---help}").description("Show this help message and exit.").descriptionKey("mixinStandardHelpOptions.help").usageHelp(true).paramLabel("<helpRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.version.name.0:--V}", "${picocli.version.name.1:---version}").description("Print version information and exit.").descriptionKey("mixinStandardHelpOptions.version").versionHelp(true).paramLabel("<versionRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        return spec;
    }

    private static CommandSpec specListArtifactsCommand(dev.circleview.command.ListArtifactsCommand c, Object parent) {
        c.root = (dev.circleview.cli.CircleViewCommand) parent;
        if (c.project == null) {
            c.project = new dev.circleview.cli.ProjectOptions();
        }
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
        spec.name("artifacts");
        spec.usageMessage().description("List the files a build stored (its artifacts), or download them into a folder.");
        spec.usageMessage().footer("  circle-view artifacts 4810                      # container, path and address of each", "  circle-view artifacts 4810 | cut -f2            # piped: container<TAB>path<TAB>url", "  circle-view artifacts 4810 --json | jq -r '.[].url'", "  circle-view artifacts 4810 --download out       # saved as out/<container>/<path>", "  circle-view artifacts 4810 --download out --force", "", "Downloads run a few at a time. A path that would leave the folder (an absolute path, '..',", "a symbolic link leading out) or a symbolic link where a file belongs is refused, and so is", "an existing file without --force: then nothing is downloaded and the exit status is 1.", "Each file is written under a temporary name and moved into place when complete; a failed", "or interrupted download leaves no partial file. The token is sent only to CircleCI's", "artifact hosts (*.circle-artifacts.com) and the API's own host, never to a host they", "redirect to. Saved files are printed on stdout, one per line.");
        spec.usageMessage().footerHeading("%nExamples:%n");
        var field1 = new CatalogOptionsFields(c.project, 12);
        spec.addOption(OptionSpec.builder("--catalog").description("The catalog file to read, instead of searching for catalog-info.yaml.").paramLabel("FILE").type(java.nio.file.Path.class).getter(field1).setter(field1).initialValue(c.project.catalog).hasInitialValue(true).build());
        var field2 = new CatalogOptionsFields(c.project, 13);
        spec.addOption(OptionSpec.builder("--entity").description("Which entity of the catalog file to use, when several name a project.").paramLabel("NAME").type(java.lang.String.class).getter(field2).setter(field2).initialValue(c.project.entity).hasInitialValue(true).build());
        var field3 = new ProjectOptionsFields(c.project, 5);
        spec.addOption(OptionSpec.builder("-p", "--project").description("The project, as github/ORG/REPO, bitbucket/WORKSPACE/REPO or circleci/ORG-ID/PROJECT-ID (gh/ and bb/ work too; env CIRCLE_VIEW_PROJECT). Default: the circleci.com/project-slug annotation of catalog-info.yaml in this folder or a parent.").paramLabel("SLUG").type(java.lang.String.class).getter(field3).setter(field3).initialValue(c.project.project).hasInitialValue(true).build());
        var field4 = new ListArtifactsCommandFields(c, 0);
        spec.addPositional(PositionalParamSpec.builder().description("The build's number (#123 works too).").index("0").paramLabel("NUMBER").required(true).type(java.lang.String.class).getter(field4).setter(field4).initialValue(c.number).hasInitialValue(true).build());
        var field5 = new ListArtifactsCommandFields(c, 1);
        spec.addOption(OptionSpec.builder("--json").description("Print the artifacts as a JSON array (fields in docs/json.md).").paramLabel("<json>").type(boolean.class).getter(field5).setter(field5).initialValue(c.json).hasInitialValue(true).build());
        var field6 = new ListArtifactsCommandFields(c, 2);
        spec.addOption(OptionSpec.builder("-d", "--download").description("Download the artifacts into DIR/<container>/<path> (DIR is created when missing).").paramLabel("DIR").type(java.nio.file.Path.class).getter(field6).setter(field6).initialValue(c.download).hasInitialValue(true).build());
        var field7 = new ListArtifactsCommandFields(c, 3);
        spec.addOption(OptionSpec.builder("-f", "--force").description("With --download: overwrite files that already exist.").paramLabel("<force>").type(boolean.class).getter(field7).setter(field7).initialValue(c.force).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.help.name.0:--h}", "${picocli.help.name.1:---help}").description("Show this help message and exit.").descriptionKey("mixinStandardHelpOptions.help").usageHelp(true).paramLabel("<helpRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.version.name.0:--V}", "${picocli.version.name.1:---version}").description("Print version information and exit.").descriptionKey("mixinStandardHelpOptions.version").versionHelp(true).paramLabel("<versionRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        return spec;
    }

    private static CommandSpec specStatusCommand(dev.circleview.command.StatusCommand c, Object parent) {
        c.root = (dev.circleview.cli.CircleViewCommand) parent;
        if (c.project == null) {
            c.project = new dev.circleview.cli.ProjectOptions();
        }
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
        spec.name("status");
        spec.usageMessage().description("Show the newest build of the branch this checkout is on, as one line, and exit with its result.");
        spec.usageMessage().footer("  circle-view status                  # the newest build of the current git branch", "  circle-view status -b main          # ... of main", "  circle-view status --all-branches   # the project's newest build, whatever its branch", "  circle-view status --sha 3f9c2e1    # the newest build of that commit", "  circle-view status && git push      # only when the branch is green", "", "Exit status: 0 success or fixed, 6 failed, timedout or infrastructure_fail, 7 canceled, not_run,", "retried or no_tests, 8 not finished (queued, scheduled, not_running, running); a status", "circle-view does not know gives 1 once the build's lifecycle is finished, else 8. --json exits", "the same way. No build at all for the branch, or none yet of the --sha commit, is a message on", "stderr ('No builds found for SLUG on branch B') and exit 8.", "", "One request: the newest build (limit=1); with --sha the newest 30, searched for the commit", "(a full SHA, or a prefix of 7 or more hex digits, matched against vcs_revision).", "", "Piped output is one line with the columns status, number, branch, revision (in full), subject and", "start time (ISO-8601 UTC), tab-separated. --json prints the build as one object with the fields", "of 'builds --json' (docs/json.md).");
        spec.usageMessage().footerHeading("%nExamples:%n");
        var field1 = new CatalogOptionsFields(c.project, 14);
        spec.addOption(OptionSpec.builder("--catalog").description("The catalog file to read, instead of searching for catalog-info.yaml.").paramLabel("FILE").type(java.nio.file.Path.class).getter(field1).setter(field1).initialValue(c.project.catalog).hasInitialValue(true).build());
        var field2 = new CatalogOptionsFields(c.project, 15);
        spec.addOption(OptionSpec.builder("--entity").description("Which entity of the catalog file to use, when several name a project.").paramLabel("NAME").type(java.lang.String.class).getter(field2).setter(field2).initialValue(c.project.entity).hasInitialValue(true).build());
        var field3 = new ProjectOptionsFields(c.project, 6);
        spec.addOption(OptionSpec.builder("-p", "--project").description("The project, as github/ORG/REPO, bitbucket/WORKSPACE/REPO or circleci/ORG-ID/PROJECT-ID (gh/ and bb/ work too; env CIRCLE_VIEW_PROJECT). Default: the circleci.com/project-slug annotation of catalog-info.yaml in this folder or a parent.").paramLabel("SLUG").type(java.lang.String.class).getter(field3).setter(field3).initialValue(c.project.project).hasInitialValue(true).build());
        var field4 = new StatusCommandFields(c, 0);
        spec.addOption(OptionSpec.builder("-b", "--branch").description("The branch whose newest build to show. Default: the branch this git checkout is on.").paramLabel("NAME").type(java.lang.String.class).getter(field4).setter(field4).initialValue(c.branch).hasInitialValue(true).build());
        var field5 = new StatusCommandFields(c, 1);
        spec.addOption(OptionSpec.builder("--all-branches").description("The project's newest build, of any branch.").paramLabel("<allBranches>").type(boolean.class).getter(field5).setter(field5).initialValue(c.allBranches).hasInitialValue(true).build());
        var field6 = new StatusCommandFields(c, 2);
        spec.addOption(OptionSpec.builder("--sha").description("The newest build of this commit (a full SHA or at least 7 hex digits of one), among the branch's newest 30 builds.").paramLabel("SHA").type(java.lang.String.class).getter(field6).setter(field6).initialValue(c.sha).hasInitialValue(true).build());
        var field7 = new StatusCommandFields(c, 3);
        spec.addOption(OptionSpec.builder("--json").description("Print the build as one JSON object (fields in docs/json.md).").paramLabel("<json>").type(boolean.class).getter(field7).setter(field7).initialValue(c.json).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.help.name.0:--h}", "${picocli.help.name.1:---help}").description("Show this help message and exit.").descriptionKey("mixinStandardHelpOptions.help").usageHelp(true).paramLabel("<helpRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.version.name.0:--V}", "${picocli.version.name.1:---version}").description("Print version information and exit.").descriptionKey("mixinStandardHelpOptions.version").versionHelp(true).paramLabel("<versionRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        return spec;
    }

    private static CommandSpec specWatchCommand(dev.circleview.command.WatchCommand c, Object parent) {
        c.root = (dev.circleview.cli.CircleViewCommand) parent;
        if (c.project == null) {
            c.project = new dev.circleview.cli.ProjectOptions();
        }
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
        spec.name("watch");
        spec.usageMessage().description("Follow a build until it finishes (default: the newest build of the current branch), and exit with its result.");
        spec.usageMessage().footer("  circle-view watch                       # the newest build of the current git branch", "  circle-view watch 1234                  # build #1234", "  circle-view watch --sha 3f9c2e1         # wait for a build of that commit, then follow it", "  circle-view watch --timeout 1800 && git push", "  circle-view watch --workflow --fail-fast  # every job of the build's workflow; stop at a failure", "", "Polls the build every --interval seconds, backing off up to 30 s while nothing changes. A poll", "CircleCI does not answer (network, 429, 5xx after retries) is a note on stderr and the watch goes", "on; 401/403 and 404 end it. --timeout (the global option) is here the most the whole watch may", "take (default: no limit), each poll keeping its own limit of at most 60 s; when it runs out:", "exit 8. On a terminal: a live view redrawn in place. Piped: one line per change (the build's", "status, a step started, a step finished with its status and duration), then a summary line.", "--workflow follows all jobs of the build's workflow (one list request per poll): a row, or piped", "a line per change ('job deploy #43: running'), per job; a build without a workflow is exit 2.", "", "Exit status: as 'status' (the exit status is always the build's): 0 success, 6 failed,", "7 canceled, 8 not finished when --timeout ran out, or no build found. With --workflow: 0 when", "every job succeeded, else the worst job's: 6 over 7 over 1 (unknown final status) over 8.");
        spec.usageMessage().footerHeading("%nExamples:%n");
        var field1 = new CatalogOptionsFields(c.project, 16);
        spec.addOption(OptionSpec.builder("--catalog").description("The catalog file to read, instead of searching for catalog-info.yaml.").paramLabel("FILE").type(java.nio.file.Path.class).getter(field1).setter(field1).initialValue(c.project.catalog).hasInitialValue(true).build());
        var field2 = new CatalogOptionsFields(c.project, 17);
        spec.addOption(OptionSpec.builder("--entity").description("Which entity of the catalog file to use, when several name a project.").paramLabel("NAME").type(java.lang.String.class).getter(field2).setter(field2).initialValue(c.project.entity).hasInitialValue(true).build());
        var field3 = new ProjectOptionsFields(c.project, 7);
        spec.addOption(OptionSpec.builder("-p", "--project").description("The project, as github/ORG/REPO, bitbucket/WORKSPACE/REPO or circleci/ORG-ID/PROJECT-ID (gh/ and bb/ work too; env CIRCLE_VIEW_PROJECT). Default: the circleci.com/project-slug annotation of catalog-info.yaml in this folder or a parent.").paramLabel("SLUG").type(java.lang.String.class).getter(field3).setter(field3).initialValue(c.project.project).hasInitialValue(true).build());
        var field4 = new WatchCommandFields(c, 0);
        spec.addPositional(PositionalParamSpec.builder().arity("0..1").description("The build to follow (#123 works too). Default: the newest build of the branch.").index("0").paramLabel("NUMBER").type(java.lang.String.class).getter(field4).setter(field4).initialValue(c.number).hasInitialValue(true).build());
        var field5 = new WatchCommandFields(c, 1);
        spec.addOption(OptionSpec.builder("-b", "--branch").description("Follow the newest build of this branch. Default: the branch this git checkout is on.").paramLabel("NAME").type(java.lang.String.class).getter(field5).setter(field5).initialValue(c.branch).hasInitialValue(true).build());
        var field6 = new WatchCommandFields(c, 2);
        spec.addOption(OptionSpec.builder("--all-branches").description("Follow the project's newest build, of any branch.").paramLabel("<allBranches>").type(boolean.class).getter(field6).setter(field6).initialValue(c.allBranches).hasInitialValue(true).build());
        var field7 = new WatchCommandFields(c, 3);
        spec.addOption(OptionSpec.builder("--sha").description("Wait for a build of this commit (7 to 40 hex digits) among the branch's newest 30 builds, then follow it.").paramLabel("SHA").type(java.lang.String.class).getter(field7).setter(field7).initialValue(c.sha).hasInitialValue(true).build());
        var field8 = new WatchCommandFields(c, 4);
        spec.addOption(OptionSpec.builder("--notify").description("When the build finishes, ring the terminal bell and show a desktop notification (notify-send or osascript, where there is one).").paramLabel("<notify>").type(boolean.class).getter(field8).setter(field8).initialValue(c.notify).hasInitialValue(true).build());
        var field9 = new WatchCommandFields(c, 5);
        spec.addOption(OptionSpec.builder("--workflow").description("Follow every job of the build's workflow together, one row (or line) per job, until all have finished; exit 0 when all succeeded, else the worst job's result.").paramLabel("<workflow>").type(boolean.class).getter(field9).setter(field9).initialValue(c.workflow).hasInitialValue(true).build());
        var field10 = new WatchCommandFields(c, 6);
        spec.addOption(OptionSpec.builder("--fail-fast").description("With --workflow: stop as soon as one job fails (exit 6), naming it.").paramLabel("<failFast>").type(boolean.class).getter(field10).setter(field10).initialValue(c.failFast).hasInitialValue(true).build());
        var field11 = new WatchCommandFields(c, 7);
        spec.addOption(OptionSpec.builder("--interval").description("Seconds between polls (default 3).").paramLabel("SECONDS").type(int.class).getter(field11).setter(field11).initialValue(c.interval).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.help.name.0:--h}", "${picocli.help.name.1:---help}").description("Show this help message and exit.").descriptionKey("mixinStandardHelpOptions.help").usageHelp(true).paramLabel("<helpRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.version.name.0:--V}", "${picocli.version.name.1:---version}").description("Print version information and exit.").descriptionKey("mixinStandardHelpOptions.version").versionHelp(true).paramLabel("<versionRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        return spec;
    }

    private static CommandSpec specListProjectsCommand(dev.circleview.command.ListProjectsCommand c, Object parent) {
        c.root = (dev.circleview.cli.CircleViewCommand) parent;
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
        spec.name("projects");
        spec.usageMessage().description("List the projects you follow on CircleCI, each with the newest build of its default branch.");
        spec.usageMessage().footer("  circle-view projects              # project, branch, status, number, age", "  circle-view projects | cut -f1,3  # piped: tab-separated, no header", "  circle-view projects --json | jq -r '.[].slug'", "", "One request (GET /projects), which needs a personal API token; it works", "anywhere, no catalog file needed. Projects are sorted by slug. The status is", "that of the newest build CircleCI lists for the default branch (the highest", "number among its recent and running builds), or 'no builds'.", "", "Piped output has the columns slug, default branch, status, build number and", "time (when the build was added, ISO-8601 UTC); the last three are empty for", "a branch without builds. --json fields are listed in docs/json.md.");
        spec.usageMessage().footerHeading("%nExamples:%n");
        var field1 = new ListProjectsCommandFields(c, 0);
        spec.addOption(OptionSpec.builder("--json").description("Print the projects as a JSON array (fields in docs/json.md).").paramLabel("<json>").type(boolean.class).getter(field1).setter(field1).initialValue(c.json).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.help.name.0:--h}", "${picocli.help.name.1:---help}").description("Show this help message and exit.").descriptionKey("mixinStandardHelpOptions.help").usageHelp(true).paramLabel("<helpRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.version.name.0:--V}", "${picocli.version.name.1:---version}").description("Print version information and exit.").descriptionKey("mixinStandardHelpOptions.version").versionHelp(true).paramLabel("<versionRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        return spec;
    }

    private static CommandSpec specDoctorCommand(dev.circleview.command.DoctorCommand c, Object parent) {
        c.root = (dev.circleview.cli.CircleViewCommand) parent;
        if (c.project == null) {
            c.project = new dev.circleview.cli.ProjectOptions();
        }
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
        spec.name("doctor");
        spec.usageMessage().description("Check the set-up, one line per check with what to do about each problem: Java, the config file, the project, the token, the API (GET /me and the project's builds, timed), the terminal, completions.");
        spec.usageMessage().footer("  circle-view doctor                      # in a checkout, as builds would run there", "  circle-view doctor -p gh/my-org/my-repo", "  circle-view doctor --json | jq '.checks[] | select(.status == \"fail\")'", "", "Marks: \u2713 ok, \u2717 FAIL, ! hint, - skip (the words when piped or the locale is not UTF-8). Exit 0 when", "builds would work; otherwise the exit code of the first failure (3 not configured, 4 token, 5 project", "not found, 9 network). --json fields are listed in docs/json.md.");
        spec.usageMessage().footerHeading("%nExamples:%n");
        var field1 = new CatalogOptionsFields(c.project, 18);
        spec.addOption(OptionSpec.builder("--catalog").description("The catalog file to read, instead of searching for catalog-info.yaml.").paramLabel("FILE").type(java.nio.file.Path.class).getter(field1).setter(field1).initialValue(c.project.catalog).hasInitialValue(true).build());
        var field2 = new CatalogOptionsFields(c.project, 19);
        spec.addOption(OptionSpec.builder("--entity").description("Which entity of the catalog file to use, when several name a project.").paramLabel("NAME").type(java.lang.String.class).getter(field2).setter(field2).initialValue(c.project.entity).hasInitialValue(true).build());
        var field3 = new ProjectOptionsFields(c.project, 8);
        spec.addOption(OptionSpec.builder("-p", "--project").description("The project, as github/ORG/REPO, bitbucket/WORKSPACE/REPO or circleci/ORG-ID/PROJECT-ID (gh/ and bb/ work too; env CIRCLE_VIEW_PROJECT). Default: the circleci.com/project-slug annotation of catalog-info.yaml in this folder or a parent.").paramLabel("SLUG").type(java.lang.String.class).getter(field3).setter(field3).initialValue(c.project.project).hasInitialValue(true).build());
        var field4 = new DoctorCommandFields(c, 0);
        spec.addOption(OptionSpec.builder("--json").description("Print the checks as a JSON object (fields in docs/json.md).").paramLabel("<json>").type(boolean.class).getter(field4).setter(field4).initialValue(c.json).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.help.name.0:--h}", "${picocli.help.name.1:---help}").description("Show this help message and exit.").descriptionKey("mixinStandardHelpOptions.help").usageHelp(true).paramLabel("<helpRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.version.name.0:--V}", "${picocli.version.name.1:---version}").description("Print version information and exit.").descriptionKey("mixinStandardHelpOptions.version").versionHelp(true).paramLabel("<versionRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        return spec;
    }

    private static CommandSpec specCompletionCommand(dev.circleview.command.CompletionCommand c, Object parent) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
        spec.name("completion");
        spec.usageMessage().description("Print the shell completion script for bash, zsh or fish.");
        spec.usageMessage().footer("  source <(circle-view completion bash)                           # bash, this session", "  circle-view completion zsh > \"$${fpath[1]}/_circle-view\"         # zsh, a folder on $fpath", "  circle-view completion fish > ~/.config/fish/completions/circle-view.fish");
        spec.usageMessage().footerHeading("%nExamples:%n");
        var field1 = new CompletionCommandFields(c, 0);
        spec.addPositional(PositionalParamSpec.builder().arity("0..1").completionCandidates(new dev.circleview.command.CompletionCommand.Shells()).description("The shell: ${COMPLETION-CANDIDATES}.").index("0").paramLabel("SHELL").type(java.lang.String.class).getter(field1).setter(field1).initialValue(c.shell).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.help.name.0:--h}", "${picocli.help.name.1:---help}").description("Show this help message and exit.").descriptionKey("mixinStandardHelpOptions.help").usageHelp(true).paramLabel("<helpRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.version.name.0:--V}", "${picocli.version.name.1:---version}").description("Print version information and exit.").descriptionKey("mixinStandardHelpOptions.version").versionHelp(true).paramLabel("<versionRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        return spec;
    }

    private static CommandSpec specHelpCommand(dev.circleview.command.HelpCommand c, Object parent) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
        spec.name("help");
        spec.usageMessage().description("%nWhen no COMMAND is given, the usage help for the main command is displayed.", "If a COMMAND is specified, the help for that command is shown.%n");
        spec.usageMessage().header("Display help information about the specified command.");
        spec.helpCommand(true);
        spec.usageMessage().synopsisHeading("%nUsage: ");
        var field1 = new HelpCommandFields(c, 0);
        spec.addOption(OptionSpec.builder("-h", "--help").description("Show usage help for the help command and exit.").descriptionKey("helpCommand.help").usageHelp(true).paramLabel("<helpRequested>").type(boolean.class).getter(field1).setter(field1).initialValue(c.helpRequested).hasInitialValue(true).build());
        var field2 = new HelpCommandFields(c, 1);
        spec.addPositional(PositionalParamSpec.builder().arity("0..1").description("The COMMAND to display the usage help message for.").descriptionKey("helpCommand.command").paramLabel("COMMAND").type(java.lang.String.class).getter(field2).setter(field2).initialValue(c.command).hasInitialValue(true).build());
        return spec;
    }

    private record CatalogOptionsFields(dev.circleview.cli.CatalogOptions o, int field) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) switch (field) {
                case 0 -> (Object) o.catalog;
                case 1 -> (Object) o.entity;
                case 2 -> (Object) o.catalog;
                case 3 -> (Object) o.entity;
                case 4 -> (Object) o.catalog;
                case 5 -> (Object) o.entity;
                case 6 -> (Object) o.catalog;
                case 7 -> (Object) o.entity;
                case 8 -> (Object) o.catalog;
                case 9 -> (Object) o.entity;
                case 10 -> (Object) o.catalog;
                case 11 -> (Object) o.entity;
                case 12 -> (Object) o.catalog;
                case 13 -> (Object) o.entity;
                case 14 -> (Object) o.catalog;
                case 15 -> (Object) o.entity;
                case 16 -> (Object) o.catalog;
                case 17 -> (Object) o.entity;
                case 18 -> (Object) o.catalog;
                case 19 -> (Object) o.entity;
                default -> throw new IllegalStateException("no field " + field);
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            switch (field) {
                case 0 -> o.catalog = (java.nio.file.Path) value;
                case 1 -> o.entity = (java.lang.String) value;
                case 2 -> o.catalog = (java.nio.file.Path) value;
                case 3 -> o.entity = (java.lang.String) value;
                case 4 -> o.catalog = (java.nio.file.Path) value;
                case 5 -> o.entity = (java.lang.String) value;
                case 6 -> o.catalog = (java.nio.file.Path) value;
                case 7 -> o.entity = (java.lang.String) value;
                case 8 -> o.catalog = (java.nio.file.Path) value;
                case 9 -> o.entity = (java.lang.String) value;
                case 10 -> o.catalog = (java.nio.file.Path) value;
                case 11 -> o.entity = (java.lang.String) value;
                case 12 -> o.catalog = (java.nio.file.Path) value;
                case 13 -> o.entity = (java.lang.String) value;
                case 14 -> o.catalog = (java.nio.file.Path) value;
                case 15 -> o.entity = (java.lang.String) value;
                case 16 -> o.catalog = (java.nio.file.Path) value;
                case 17 -> o.entity = (java.lang.String) value;
                case 18 -> o.catalog = (java.nio.file.Path) value;
                case 19 -> o.entity = (java.lang.String) value;
                default -> throw new IllegalStateException("no field " + field);
            }
            return old;
        }
    }

    private record ProjectsOptionsFields(dev.circleview.cli.ProjectsOptions o, int field) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) switch (field) {
                case 0 -> (Object) o.projects;
                case 1 -> (Object) o.allEntities;
                default -> throw new IllegalStateException("no field " + field);
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            switch (field) {
                case 0 -> o.projects = (java.util.List<java.lang.String>) value;
                case 1 -> o.allEntities = (java.lang.Boolean) value;
                default -> throw new IllegalStateException("no field " + field);
            }
            return old;
        }
    }

    private record ListBuildsCommandFields(dev.circleview.command.ListBuildsCommand o, int field) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) switch (field) {
                case 0 -> (Object) o.limitFlag;
                case 1 -> (Object) o.offset;
                case 2 -> (Object) o.branch;
                case 3 -> (Object) o.status;
                case 4 -> (Object) o.json;
                case 5 -> (Object) o.noHeaders;
                case 6 -> (Object) o.mine;
                default -> throw new IllegalStateException("no field " + field);
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            switch (field) {
                case 0 -> o.limitFlag = (java.lang.Integer) value;
                case 1 -> o.offset = (java.lang.Integer) value;
                case 2 -> o.branch = (java.lang.String) value;
                case 3 -> o.status = (dev.circleview.command.ListBuildsCommand.StatusFilter) value;
                case 4 -> o.json = (java.lang.Boolean) value;
                case 5 -> o.noHeaders = (java.lang.Boolean) value;
                case 6 -> o.mine = (java.lang.Boolean) value;
                default -> throw new IllegalStateException("no field " + field);
            }
            return old;
        }
    }

    private record ProjectOptionsFields(dev.circleview.cli.ProjectOptions o, int field) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) switch (field) {
                case 0 -> (Object) o.project;
                case 1 -> (Object) o.project;
                case 2 -> (Object) o.project;
                case 3 -> (Object) o.project;
                case 4 -> (Object) o.project;
                case 5 -> (Object) o.project;
                case 6 -> (Object) o.project;
                case 7 -> (Object) o.project;
                case 8 -> (Object) o.project;
                default -> throw new IllegalStateException("no field " + field);
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            switch (field) {
                case 0 -> o.project = (java.lang.String) value;
                case 1 -> o.project = (java.lang.String) value;
                case 2 -> o.project = (java.lang.String) value;
                case 3 -> o.project = (java.lang.String) value;
                case 4 -> o.project = (java.lang.String) value;
                case 5 -> o.project = (java.lang.String) value;
                case 6 -> o.project = (java.lang.String) value;
                case 7 -> o.project = (java.lang.String) value;
                case 8 -> o.project = (java.lang.String) value;
                default -> throw new IllegalStateException("no field " + field);
            }
            return old;
        }
    }

    private record ViewBuildCommandFields(dev.circleview.command.ViewBuildCommand o, int field) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) switch (field) {
                case 0 -> (Object) o.number;
                case 1 -> (Object) o.json;
                case 2 -> (Object) o.web;
                case 3 -> (Object) o.exitStatus;
                case 4 -> (Object) o.log;
                case 5 -> (Object) o.logFailed;
                case 6 -> (Object) o.steps;
                case 7 -> (Object) o.containers;
                case 8 -> (Object) o.logLimit;
                default -> throw new IllegalStateException("no field " + field);
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            switch (field) {
                case 0 -> o.number = (java.lang.String) value;
                case 1 -> o.json = (java.lang.Boolean) value;
                case 2 -> o.web = (java.lang.Boolean) value;
                case 3 -> o.exitStatus = (java.lang.Boolean) value;
                case 4 -> o.log = (java.lang.Boolean) value;
                case 5 -> o.logFailed = (java.lang.Boolean) value;
                case 6 -> o.steps = (java.util.List<java.lang.String>) value;
                case 7 -> o.containers = (java.util.List<java.lang.Integer>) value;
                case 8 -> o.logLimit = (java.lang.String) value;
                default -> throw new IllegalStateException("no field " + field);
            }
            return old;
        }
    }

    private record RetryBuildCommandFields(dev.circleview.command.RetryBuildCommand o, int field) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) switch (field) {
                case 0 -> (Object) o.number;
                case 1 -> (Object) o.last;
                case 2 -> (Object) o.branch;
                case 3 -> (Object) o.ssh;
                case 4 -> (Object) o.json;
                default -> throw new IllegalStateException("no field " + field);
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            switch (field) {
                case 0 -> o.number = (java.lang.String) value;
                case 1 -> o.last = (java.lang.Boolean) value;
                case 2 -> o.branch = (java.lang.String) value;
                case 3 -> o.ssh = (java.lang.Boolean) value;
                case 4 -> o.json = (java.lang.Boolean) value;
                default -> throw new IllegalStateException("no field " + field);
            }
            return old;
        }
    }

    private record CancelBuildCommandFields(dev.circleview.command.CancelBuildCommand o, int field) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) switch (field) {
                case 0 -> (Object) o.number;
                case 1 -> (Object) o.json;
                default -> throw new IllegalStateException("no field " + field);
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            switch (field) {
                case 0 -> o.number = (java.lang.String) value;
                case 1 -> o.json = (java.lang.Boolean) value;
                default -> throw new IllegalStateException("no field " + field);
            }
            return old;
        }
    }

    private record TriggerBuildCommandFields(dev.circleview.command.TriggerBuildCommand o, int field) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) switch (field) {
                case 0 -> (Object) o.branch;
                case 1 -> (Object) o.revision;
                case 2 -> (Object) o.params;
                case 3 -> (Object) o.json;
                default -> throw new IllegalStateException("no field " + field);
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            switch (field) {
                case 0 -> o.branch = (java.lang.String) value;
                case 1 -> o.revision = (java.lang.String) value;
                case 2 -> o.params = (java.util.List<java.lang.String>) value;
                case 3 -> o.json = (java.lang.Boolean) value;
                default -> throw new IllegalStateException("no field " + field);
            }
            return old;
        }
    }

    private record ListTestsCommandFields(dev.circleview.command.ListTestsCommand o, int field) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) switch (field) {
                case 0 -> (Object) o.number;
                case 1 -> (Object) o.all;
                case 2 -> (Object) o.json;
                default -> throw new IllegalStateException("no field " + field);
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            switch (field) {
                case 0 -> o.number = (java.lang.String) value;
                case 1 -> o.all = (java.lang.Boolean) value;
                case 2 -> o.json = (java.lang.Boolean) value;
                default -> throw new IllegalStateException("no field " + field);
            }
            return old;
        }
    }

    private record ListArtifactsCommandFields(dev.circleview.command.ListArtifactsCommand o, int field) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) switch (field) {
                case 0 -> (Object) o.number;
                case 1 -> (Object) o.json;
                case 2 -> (Object) o.download;
                case 3 -> (Object) o.force;
                default -> throw new IllegalStateException("no field " + field);
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            switch (field) {
                case 0 -> o.number = (java.lang.String) value;
                case 1 -> o.json = (java.lang.Boolean) value;
                case 2 -> o.download = (java.nio.file.Path) value;
                case 3 -> o.force = (java.lang.Boolean) value;
                default -> throw new IllegalStateException("no field " + field);
            }
            return old;
        }
    }

    private record StatusCommandFields(dev.circleview.command.StatusCommand o, int field) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) switch (field) {
                case 0 -> (Object) o.branch;
                case 1 -> (Object) o.allBranches;
                case 2 -> (Object) o.sha;
                case 3 -> (Object) o.json;
                default -> throw new IllegalStateException("no field " + field);
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            switch (field) {
                case 0 -> o.branch = (java.lang.String) value;
                case 1 -> o.allBranches = (java.lang.Boolean) value;
                case 2 -> o.sha = (java.lang.String) value;
                case 3 -> o.json = (java.lang.Boolean) value;
                default -> throw new IllegalStateException("no field " + field);
            }
            return old;
        }
    }

    private record WatchCommandFields(dev.circleview.command.WatchCommand o, int field) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) switch (field) {
                case 0 -> (Object) o.number;
                case 1 -> (Object) o.branch;
                case 2 -> (Object) o.allBranches;
                case 3 -> (Object) o.sha;
                case 4 -> (Object) o.notify;
                case 5 -> (Object) o.workflow;
                case 6 -> (Object) o.failFast;
                case 7 -> (Object) o.interval;
                default -> throw new IllegalStateException("no field " + field);
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            switch (field) {
                case 0 -> o.number = (java.lang.String) value;
                case 1 -> o.branch = (java.lang.String) value;
                case 2 -> o.allBranches = (java.lang.Boolean) value;
                case 3 -> o.sha = (java.lang.String) value;
                case 4 -> o.notify = (java.lang.Boolean) value;
                case 5 -> o.workflow = (java.lang.Boolean) value;
                case 6 -> o.failFast = (java.lang.Boolean) value;
                case 7 -> o.interval = (java.lang.Integer) value;
                default -> throw new IllegalStateException("no field " + field);
            }
            return old;
        }
    }

    private record ListProjectsCommandFields(dev.circleview.command.ListProjectsCommand o, int field) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) switch (field) {
                case 0 -> (Object) o.json;
                default -> throw new IllegalStateException("no field " + field);
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            switch (field) {
                case 0 -> o.json = (java.lang.Boolean) value;
                default -> throw new IllegalStateException("no field " + field);
            }
            return old;
        }
    }

    private record DoctorCommandFields(dev.circleview.command.DoctorCommand o, int field) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) switch (field) {
                case 0 -> (Object) o.json;
                default -> throw new IllegalStateException("no field " + field);
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            switch (field) {
                case 0 -> o.json = (java.lang.Boolean) value;
                default -> throw new IllegalStateException("no field " + field);
            }
            return old;
        }
    }

    private record CompletionCommandFields(dev.circleview.command.CompletionCommand o, int field) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) switch (field) {
                case 0 -> (Object) o.shell;
                default -> throw new IllegalStateException("no field " + field);
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            switch (field) {
                case 0 -> o.shell = (java.lang.String) value;
                default -> throw new IllegalStateException("no field " + field);
            }
            return old;
        }
    }

    private record HelpCommandFields(dev.circleview.command.HelpCommand o, int field) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) switch (field) {
                case 0 -> (Object) o.helpRequested;
                case 1 -> (Object) o.command;
                default -> throw new IllegalStateException("no field " + field);
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            switch (field) {
                case 0 -> o.helpRequested = (java.lang.Boolean) value;
                case 1 -> o.command = (java.lang.String) value;
                default -> throw new IllegalStateException("no field " + field);
            }
            return old;
        }
    }
}
