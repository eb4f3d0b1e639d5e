package dev.circleview.projects;

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
        dev.circleview.cli.CommandTree.register("dev.circleview.projects", new GeneratedSpecs());
    }

    @Override
    public CommandSpec spec(Object command, Object parent) {
        if (command instanceof ListProjectsCommand c) {
            return specListProjectsCommand(c, parent);
        }
        return null;
    }

    private static CommandSpec specListProjectsCommand(dev.circleview.projects.ListProjectsCommand c, Object parent) {
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

    private record ListProjectsCommandFields(dev.circleview.projects.ListProjectsCommand o, int field) implements IGetter, ISetter {
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
}
