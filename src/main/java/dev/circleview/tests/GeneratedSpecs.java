package dev.circleview.tests;

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
        dev.circleview.cli.CommandTree.register("dev.circleview.tests", new GeneratedSpecs());
    }

    @Override
    public CommandSpec spec(Object command, Object parent) {
        if (command instanceof ListTestsCommand c) {
            return specListTestsCommand(c, parent);
        }
        return null;
    }

    private static CommandSpec specListTestsCommand(dev.circleview.tests.ListTestsCommand c, Object parent) {
        if (c.project == null) {
            c.project = new dev.circleview.cli.ProjectOptions();
        }
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
        spec.name("tests");
        spec.usageMessage().description("Show a build's test results: how many passed, failed, were skipped or errored, then each failed test with its class, file, run time and the first lines of its message.");
        spec.usageMessage().footer("  circle-view tests 4810                  # totals and the failed tests of build #4810", "  circle-view tests 4810 --all            # every test", "  circle-view tests 4810 | grep '^test'   # piped: one line per failed test", "  circle-view tests 4810 --json | jq '.tests[] | select(.result != \"success\") | .name'", "", "CircleCI has results only for jobs that store them (store_test_results); a build without", "any says so and exits 0. The exit status is 0 whatever the tests' results.", "", "Piped output starts with 'name<TAB>count' lines (passed, failed, skipped, errors, other,", "total), then one line per failed test (every test with --all):", "'test<TAB>result<TAB>class<TAB>name<TAB>file<TAB>seconds<TAB>first line of the message'.", "--json prints CircleCI's answer: fields in docs/json.md.");
        spec.usageMessage().footerHeading("%nExamples:%n");
        var field1 = new CatalogOptionsFields(c.project, 0);
        spec.addOption(OptionSpec.builder("--catalog").description("The catalog file to read, instead of searching for catalog-info.yaml.").paramLabel("FILE").type(java.nio.file.Path.class).getter(field1).setter(field1).initialValue(c.project.catalog).hasInitialValue(true).build());
        var field2 = new CatalogOptionsFields(c.project, 1);
        spec.addOption(OptionSpec.builder("--entity").description("Which entity of the catalog file to use, when several name a project.").paramLabel("NAME").type(java.lang.String.class).getter(field2).setter(field2).initialValue(c.project.entity).hasInitialValue(true).build());
        var field3 = new ProjectOptionsFields(c.project, 0);
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

    private record ListTestsCommandFields(dev.circleview.tests.ListTestsCommand o, int field) implements IGetter, ISetter {
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
}
