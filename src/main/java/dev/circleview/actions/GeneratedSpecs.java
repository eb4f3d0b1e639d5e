package dev.circleview.actions;

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
        dev.circleview.cli.CommandTree.register("dev.circleview.actions", new GeneratedSpecs());
    }

    @Override
    public CommandSpec spec(Object command, Object parent) {
        if (command instanceof RetryBuildCommand c) {
            return specRetryBuildCommand(c, parent);
        }
        if (command instanceof CancelBuildCommand c) {
            return specCancelBuildCommand(c, parent);
        }
        if (command instanceof TriggerBuildCommand c) {
            return specTriggerBuildCommand(c, parent);
        }
        return null;
    }

    private static CommandSpec specRetryBuildCommand(dev.circleview.actions.RetryBuildCommand c, Object parent) {
        if (c.project == null) {
            c.project = new dev.circleview.cli.ProjectOptions();
        }
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
        spec.name("retry");
        spec.usageMessage().description("Retry a build: CircleCI runs it again as a new build, whose number and page this prints.");
        spec.usageMessage().footer("  circle-view retry 41                # retry build #41 of this project", "  circle-view retry 41 --ssh          # retry it with SSH enabled", "  circle-view retry --last -b main    # retry the newest build of main", "  circle-view retry 41 --json | jq .build_num", "", "The request is sent once, never repeated automatically, even when the", "answer is lost: check with 'circle-view builds' before trying again.", "With --last, a project (or branch) without builds exits 5.", "Piped, the new build is printed as one line in the format of", "'circle-view builds'; --json prints it as JSON (docs/json.md).");
        spec.usageMessage().footerHeading("%nExamples:%n");
        var field1 = new CatalogOptionsFields(c.project, 0);
        spec.addOption(OptionSpec.builder("--catalog").description("The catalog file to read, instead of searching for catalog-info.yaml.").paramLabel("FILE").type(java.nio.file.Path.class).getter(field1).setter(field1).initialValue(c.project.catalog).hasInitialValue(true).build());
        var field2 = new CatalogOptionsFields(c.project, 1);
        spec.addOption(OptionSpec.builder("--entity").description("Which entity of the catalog file to use, when several name a project.").paramLabel("NAME").type(java.lang.String.class).getter(field2).setter(field2).initialValue(c.project.entity).hasInitialValue(true).build());
        var field3 = new ProjectOptionsFields(c.project, 0);
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

    private static CommandSpec specCancelBuildCommand(dev.circleview.actions.CancelBuildCommand c, Object parent) {
        if (c.project == null) {
            c.project = new dev.circleview.cli.ProjectOptions();
        }
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
        spec.name("cancel");
        spec.usageMessage().description("Cancel a queued or running build.");
        spec.usageMessage().footer("  circle-view cancel 41               # cancel build #41 of this project", "  circle-view cancel '#41' -p gh/my-org/my-repo", "  circle-view cancel 41 --json | jq .status", "", "The request is sent once, never repeated automatically. CircleCI answers", "with the build; one that had already finished stays as it was.", "Piped, the build is printed as one line in the format of", "'circle-view builds'; --json prints it as JSON (docs/json.md).");
        spec.usageMessage().footerHeading("%nExamples:%n");
        var field1 = new CatalogOptionsFields(c.project, 2);
        spec.addOption(OptionSpec.builder("--catalog").description("The catalog file to read, instead of searching for catalog-info.yaml.").paramLabel("FILE").type(java.nio.file.Path.class).getter(field1).setter(field1).initialValue(c.project.catalog).hasInitialValue(true).build());
        var field2 = new CatalogOptionsFields(c.project, 3);
        spec.addOption(OptionSpec.builder("--entity").description("Which entity of the catalog file to use, when several name a project.").paramLabel("NAME").type(java.lang.String.class).getter(field2).setter(field2).initialValue(c.project.entity).hasInitialValue(true).build());
        var field3 = new ProjectOptionsFields(c.project, 1);
        spec.addOption(OptionSpec.builder("-p", "--project").description("The project, as github/ORG/REPO, bitbucket/WORKSPACE/REPO or circleci/ORG-ID/PROJECT-ID (gh/ and bb/ work too; env CIRCLE_VIEW_PROJECT). Default: the circleci.com/project-slug annotation of catalog-info.yaml in this folder or a parent.").paramLabel("SLUG").type(java.lang.String.class).getter(field3).setter(field3).initialValue(c.project.project).hasInitialValue(true).build());
        var field4 = new CancelBuildCommandFields(c, 0);
        spec.addPositional(PositionalParamSpec.builder().description("The build to cancel (#123 works too).").index("0").paramLabel("NUMBER").required(true).type(java.lang.String.class).getter(field4).setter(field4).initialValue(c.number).hasInitialValue(true).build());
        var field5 = new CancelBuildCommandFields(c, 1);
        spec.addOption(OptionSpec.builder("--json").description("Print the build as JSON (fields in docs/json.md).").paramLabel("<json>").type(boolean.class).getter(field5).setter(field5).initialValue(c.json).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.help.name.0:--h}", "${picocli.help.name.1:---help}").description("Show this help message and exit.").descriptionKey("mixinStandardHelpOptions.help").usageHelp(true).paramLabel("<helpRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.version.name.0:--V}", "${picocli.version.name.1:---version}").description("Print version information and exit.").descriptionKey("mixinStandardHelpOptions.version").versionHelp(true).paramLabel("<versionRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        return spec;
    }

    private static CommandSpec specTriggerBuildCommand(dev.circleview.actions.TriggerBuildCommand c, Object parent) {
        if (c.project == null) {
            c.project = new dev.circleview.cli.ProjectOptions();
        }
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
        spec.name("trigger");
        spec.usageMessage().description("Trigger a new build of a branch, optionally at a revision and with build parameters.", "CircleCI honours this only for projects whose config allows it: the v1.1 trigger is not supported for configs that say 'version: 2.1' (start those from CircleCI's app or API v2).");
        spec.usageMessage().footer("  circle-view trigger                 # the branch this checkout is on", "  circle-view trigger -b main --revision 3f9c2e1", "  circle-view trigger -b main --param DEPLOY=staging --param DRY_RUN=1", "  circle-view trigger -b main --json | jq .build_num", "", "The request is sent once, never repeated automatically. Not for configs", "that say 'version: 2.1': CircleCI refuses to trigger those.", "Piped, the new build is printed as one line in the format of", "'circle-view builds'; --json prints it as JSON (docs/json.md).");
        spec.usageMessage().footerHeading("%nExamples:%n");
        var field1 = new CatalogOptionsFields(c.project, 4);
        spec.addOption(OptionSpec.builder("--catalog").description("The catalog file to read, instead of searching for catalog-info.yaml.").paramLabel("FILE").type(java.nio.file.Path.class).getter(field1).setter(field1).initialValue(c.project.catalog).hasInitialValue(true).build());
        var field2 = new CatalogOptionsFields(c.project, 5);
        spec.addOption(OptionSpec.builder("--entity").description("Which entity of the catalog file to use, when several name a project.").paramLabel("NAME").type(java.lang.String.class).getter(field2).setter(field2).initialValue(c.project.entity).hasInitialValue(true).build());
        var field3 = new ProjectOptionsFields(c.project, 2);
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
                default -> throw new IllegalStateException("no field " + field);
            }
            return old;
        }
    }

    private record RetryBuildCommandFields(dev.circleview.actions.RetryBuildCommand o, int field) implements IGetter, ISetter {
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

    private record CancelBuildCommandFields(dev.circleview.actions.CancelBuildCommand o, int field) implements IGetter, ISetter {
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

    private record TriggerBuildCommandFields(dev.circleview.actions.TriggerBuildCommand o, int field) implements IGetter, ISetter {
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
}
