package dev.circleview.build;

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
        dev.circleview.cli.CommandTree.register("dev.circleview.build", new GeneratedSpecs());
    }

    @Override
    public CommandSpec spec(Object command, Object parent) {
        if (command instanceof ViewBuildCommand c) {
            return specViewBuildCommand(c, parent);
        }
        return null;
    }

    private static CommandSpec specViewBuildCommand(dev.circleview.build.ViewBuildCommand c, Object parent) {
        if (c.project == null) {
            c.project = new dev.circleview.cli.ProjectOptions();
        }
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
        spec.name("build");
        spec.usageMessage().description("Show one build in depth: status, branch, commit, author, trigger, workflow, times, and its steps (per container on parallel builds); or the output of its steps (--log).");
        spec.usageMessage().footer("  circle-view build 4810                     # build #4810 of this checkout's project", "  circle-view view '#4810' --web             # its page in the browser", "  circle-view build 4810 --exit-status && echo passed", "  circle-view build 4810 --json | jq '.steps[].name'", "  circle-view build 4810 --log-failed        # the output of the steps that failed", "  circle-view build 4810 --log --step 'Run tests' --container 1 --log-limit 50M", "", "Exit status: 0 when the build is shown, whatever its result. With --exit-status: 0 success or", "fixed, 6 failed, timedout or infrastructure_fail, 7 canceled, not_run, retried or no_tests,", "8 not finished (queued, scheduled, not_running, running); a status circle-view does not know", "gives 1 once the build's lifecycle is finished, else 8. --json exits the same way.", "", "Piped output is one 'name<TAB>value' line per fact (build_num, status, lifecycle, outcome,", "subject, branch, vcs_tag, vcs_revision, author, why, retry_of, workflow, job, parallel, queued_at,", "start_time, stop_time, duration, build_url), then one line per step and container:", "'step<TAB>name<TAB>container<TAB>status<TAB>exit code<TAB>seconds'. --json fields are in docs/json.md.", "", "--log prints each step's output under a line '==> STEP [container N] (STATUS, exit code E)' (the", "container on parallel builds only), in step order, piped or not; '(no output)' for a step without", "any. Colour codes in logs are kept only when colour is on; every other escape sequence is removed.", "A log cut at --log-limit ends in a '[log cut at ...]' line. A log that cannot be fetched is one", "line on stderr and the others are still shown; the exit status is then that of the first such log:", "9 when it could not be downloaded (network, 5xx, a link refused again after the build was fetched", "anew for fresh links), 1 when it is not a log.");
        spec.usageMessage().footerHeading("%nExamples:%n");
        var field1 = new CatalogOptionsFields(c.project, 0);
        spec.addOption(OptionSpec.builder("--catalog").description("The catalog file to read, instead of searching for catalog-info.yaml.").paramLabel("FILE").type(java.nio.file.Path.class).getter(field1).setter(field1).initialValue(c.project.catalog).hasInitialValue(true).build());
        var field2 = new CatalogOptionsFields(c.project, 1);
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

    private record CatalogOptionsFields(dev.circleview.cli.CatalogOptions o, int field) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) switch (field) {
                case 0 -> (Object) o.catalog;
                case 1 -> (Object) o.entity;
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
                default -> throw new IllegalStateException("no field " + field);
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            switch (field) {
                case 0 -> o.project = (java.lang.String) value;
                default -> throw new IllegalStateException("no field " + field);
            }
            return old;
        }
    }

    private record ViewBuildCommandFields(dev.circleview.build.ViewBuildCommand o, int field) implements IGetter, ISetter {
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
}
