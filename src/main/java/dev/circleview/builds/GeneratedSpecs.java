package dev.circleview.builds;

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
        dev.circleview.cli.CommandTree.register("dev.circleview.builds", new GeneratedSpecs());
    }

    @Override
    public CommandSpec spec(Object command, Object parent) {
        if (command instanceof ListBuildsCommand c) {
            return specListBuildsCommand(c, parent);
        }
        return null;
    }

    private static CommandSpec specListBuildsCommand(dev.circleview.builds.ListBuildsCommand c, Object parent) {
        if (c.projects == null) {
            c.projects = new dev.circleview.cli.ProjectsOptions();
        }
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
        spec.name("builds");
        spec.usageMessage().description("List the project's recent builds, newest first; or those of several projects together.");
        spec.usageMessage().footer("  circle-view builds                   # the project of this checkout's catalog", "  circle-view builds -b main -s failed -L 10  # last 10 failed of main", "  circle-view builds -p gh/my-org/my-repo --json | jq '.[0].status'", "  circle-view builds | cut -f1,2       # piped: tab-separated, no header", "  circle-view builds --all-entities    # every project the catalog file names", "  circle-view builds -p gh/o/a -p gh/o/b --mine  # your builds of two projects", "", "Piped output has the columns status, number, subject (the commit's subject", "alone), job, workflow, branch, revision, author (the commit's author, else", "the user's login), start time (ISO-8601 UTC) and duration (seconds). With", "several projects (--project repeated, or --all-entities), each line starts", "with one more column, the project's slug, and the table has a PROJECT", "column. --json fields are listed in docs/json.md.", "", "Several projects are fetched together, --limit builds of each, then merged", "newest first (by start time, else queue time, then number) and cut to", "--limit. If any project fails (404, 401, ...), the command fails with one", "line naming it, and prints no builds. --offset takes one project only.", "", "--mine keeps the builds whose user is the token's (GET /me): it reads 100", "builds at a time until it has --limit of them, the list ends, or it has", "read 1000 builds of a project (twice --limit, when that is more),", "which it then says on stderr.");
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
        spec.addOption(OptionSpec.builder("-s", "--status").description("Only builds that are ${COMPLETION-CANDIDATES}.").paramLabel("STATUS").type(dev.circleview.builds.ListBuildsCommand.StatusFilter.class).getter(field8).setter(field8).initialValue(c.status).hasInitialValue(true).build());
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

    private record ListBuildsCommandFields(dev.circleview.builds.ListBuildsCommand o, int field) implements IGetter, ISetter {
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
                case 3 -> o.status = (dev.circleview.builds.ListBuildsCommand.StatusFilter) value;
                case 4 -> o.json = (java.lang.Boolean) value;
                case 5 -> o.noHeaders = (java.lang.Boolean) value;
                case 6 -> o.mine = (java.lang.Boolean) value;
                default -> throw new IllegalStateException("no field " + field);
            }
            return old;
        }
    }
}
