package dev.circleview.watch;

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
        dev.circleview.cli.CommandTree.register("dev.circleview.watch", new GeneratedSpecs());
    }

    @Override
    public CommandSpec spec(Object command, Object parent) {
        if (command instanceof StatusCommand c) {
            return specStatusCommand(c, parent);
        }
        if (command instanceof WatchCommand c) {
            return specWatchCommand(c, parent);
        }
        return null;
    }

    private static CommandSpec specStatusCommand(dev.circleview.watch.StatusCommand c, Object parent) {
        if (c.project == null) {
            c.project = new dev.circleview.cli.ProjectOptions();
        }
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
        spec.name("status");
        spec.usageMessage().description("Show the newest build of the branch this checkout is on, as one line, and exit with its result.");
        spec.usageMessage().footer("  circle-view status                  # the newest build of the current git branch", "  circle-view status -b main          # ... of main", "  circle-view status --all-branches   # the project's newest build, whatever its branch", "  circle-view status --sha 3f9c2e1    # the newest build of that commit", "  circle-view status && git push      # only when the branch is green", "", "Exit status: 0 success or fixed, 6 failed, timedout or infrastructure_fail, 7 canceled, not_run,", "retried or no_tests, 8 not finished (queued, scheduled, not_running, running); a status", "circle-view does not know gives 1 once the build's lifecycle is finished, else 8. --json exits", "the same way. No build at all for the branch, or none yet of the --sha commit, is a message on", "stderr ('No builds found for SLUG on branch B') and exit 8.", "", "One request: the newest build (limit=1); with --sha the newest 30, searched for the commit", "(a full SHA, or a prefix of 7 or more hex digits, matched against vcs_revision).", "", "Piped output is one line with the columns status, number, branch, revision (in full), subject and", "start time (ISO-8601 UTC), tab-separated. --json prints the build as one object with the fields", "of 'builds --json' (docs/json.md).");
        spec.usageMessage().footerHeading("%nExamples:%n");
        var field1 = new CatalogOptionsFields(c.project, 0);
        spec.addOption(OptionSpec.builder("--catalog").description("The catalog file to read, instead of searching for catalog-info.yaml.").paramLabel("FILE").type(java.nio.file.Path.class).getter(field1).setter(field1).initialValue(c.project.catalog).hasInitialValue(true).build());
        var field2 = new CatalogOptionsFields(c.project, 1);
        spec.addOption(OptionSpec.builder("--entity").description("Which entity of the catalog file to use, when several name a project.").paramLabel("NAME").type(java.lang.String.class).getter(field2).setter(field2).initialValue(c.project.entity).hasInitialValue(true).build());
        var field3 = new ProjectOptionsFields(c.project, 0);
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

    private static CommandSpec specWatchCommand(dev.circleview.watch.WatchCommand c, Object parent) {
        if (c.project == null) {
            c.project = new dev.circleview.cli.ProjectOptions();
        }
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
        spec.name("watch");
        spec.usageMessage().description("Follow a build until it finishes (default: the newest build of the current branch), and exit with its result.");
        spec.usageMessage().footer("  circle-view watch                       # the newest build of the current git branch", "  circle-view watch 1234                  # build #1234", "  circle-view watch --sha 3f9c2e1         # wait for a build of that commit, then follow it", "  circle-view watch --timeout 1800 && git push", "  circle-view watch --workflow --fail-fast  # every job of the build's workflow; stop at a failure", "", "Polls the build every --interval seconds, backing off up to 30 s while nothing changes. A poll", "CircleCI does not answer (network, 429, 5xx after retries) is a note on stderr and the watch goes", "on; 401/403 and 404 end it. --timeout (the global option) is here the most the whole watch may", "take (default: no limit), each poll keeping its own limit of at most 60 s; when it runs out:", "exit 8. On a terminal: a live view redrawn in place. Piped: one line per change (the build's", "status, a step started, a step finished with its status and duration), then a summary line.", "--workflow follows all jobs of the build's workflow (one list request per poll): a row, or piped", "a line per change ('job deploy #43: running'), per job; a build without a workflow is exit 2.", "", "Exit status: as 'status' (the exit status is always the build's): 0 success, 6 failed,", "7 canceled, 8 not finished when --timeout ran out, or no build found. With --workflow: 0 when", "every job succeeded, else the worst job's: 6 over 7 over 1 (unknown final status) over 8.");
        spec.usageMessage().footerHeading("%nExamples:%n");
        var field1 = new CatalogOptionsFields(c.project, 2);
        spec.addOption(OptionSpec.builder("--catalog").description("The catalog file to read, instead of searching for catalog-info.yaml.").paramLabel("FILE").type(java.nio.file.Path.class).getter(field1).setter(field1).initialValue(c.project.catalog).hasInitialValue(true).build());
        var field2 = new CatalogOptionsFields(c.project, 3);
        spec.addOption(OptionSpec.builder("--entity").description("Which entity of the catalog file to use, when several name a project.").paramLabel("NAME").type(java.lang.String.class).getter(field2).setter(field2).initialValue(c.project.entity).hasInitialValue(true).build());
        var field3 = new ProjectOptionsFields(c.project, 1);
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

    private record CatalogOptionsFields(dev.circleview.cli.CatalogOptions o, int field) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) switch (field) {
                case 0 -> (Object) o.catalog;
                case 1 -> (Object) o.entity;
                case 2 -> (Object) o.catalog;
                case 3 -> (Object) o.entity;
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
                default -> throw new IllegalStateException("no field " + field);
            }
            return old;
        }
    }

    private record StatusCommandFields(dev.circleview.watch.StatusCommand o, int field) implements IGetter, ISetter {
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

    private record WatchCommandFields(dev.circleview.watch.WatchCommand o, int field) implements IGetter, ISetter {
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
}
