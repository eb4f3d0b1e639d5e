package dev.circleview.artifacts;

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
        dev.circleview.cli.CommandTree.register("dev.circleview.artifacts", new GeneratedSpecs());
    }

    @Override
    public CommandSpec spec(Object command, Object parent) {
        if (command instanceof ListArtifactsCommand c) {
            return specListArtifactsCommand(c, parent);
        }
        return null;
    }

    private static CommandSpec specListArtifactsCommand(dev.circleview.artifacts.ListArtifactsCommand c, Object parent) {
        if (c.project == null) {
            c.project = new dev.circleview.cli.ProjectOptions();
        }
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
        spec.name("artifacts");
        spec.usageMessage().description("List the files a build stored (its artifacts), or download them into a folder.");
        spec.usageMessage().footer("  circle-view artifacts 4810                      # container, path and address of each", "  circle-view artifacts 4810 | cut -f2            # piped: container<TAB>path<TAB>url", "  circle-view artifacts 4810 --json | jq -r '.[].url'", "  circle-view artifacts 4810 --download out       # saved as out/<container>/<path>", "  circle-view artifacts 4810 --download out --force", "", "Downloads run a few at a time. A path that would leave the folder (an absolute path, '..',", "a symbolic link leading out) or a symbolic link where a file belongs is refused, and so is", "an existing file without --force: then nothing is downloaded and the exit status is 1.", "Each file is written under a temporary name and moved into place when complete; a failed", "or interrupted download leaves no partial file. The token is sent only to CircleCI's", "artifact hosts (*.circle-artifacts.com) and the API's own host, never to a host they", "redirect to. Saved files are printed on stdout, one per line.");
        spec.usageMessage().footerHeading("%nExamples:%n");
        var field1 = new CatalogOptionsFields(c.project, 0);
        spec.addOption(OptionSpec.builder("--catalog").description("The catalog file to read, instead of searching for catalog-info.yaml.").paramLabel("FILE").type(java.nio.file.Path.class).getter(field1).setter(field1).initialValue(c.project.catalog).hasInitialValue(true).build());
        var field2 = new CatalogOptionsFields(c.project, 1);
        spec.addOption(OptionSpec.builder("--entity").description("Which entity of the catalog file to use, when several name a project.").paramLabel("NAME").type(java.lang.String.class).getter(field2).setter(field2).initialValue(c.project.entity).hasInitialValue(true).build());
        var field3 = new ProjectOptionsFields(c.project, 0);
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

    private record ListArtifactsCommandFields(dev.circleview.artifacts.ListArtifactsCommand o, int field) implements IGetter, ISetter {
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
}
