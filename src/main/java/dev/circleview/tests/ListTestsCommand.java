package dev.circleview.tests;

import dev.circleview.app.Connection;
import dev.circleview.cli.BuildNumbers;
import dev.circleview.app.Session;
import dev.circleview.api.model.TestReport;
import dev.circleview.cli.GlobalOptions;
import dev.circleview.cli.ProjectOptions;
import dev.circleview.core.ProjectSlug;
import dev.circleview.output.JsonOutput;
import dev.circleview.term.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code circle-view tests NUMBER}: a build's test results, counted by result, with the failed ones in detail. */
@Command(name = "tests",
        description = "Show a build's test results: how many passed, failed, were skipped or errored, then each "
                + "failed test with its class, file, run time and the first lines of its message.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  circle-view tests 4810                  # totals and the failed tests of build #4810",
                "  circle-view tests 4810 --all            # every test",
                "  circle-view tests 4810 | grep '^test'   # piped: one line per failed test",
                "  circle-view tests 4810 --json | jq '.tests[] | select(.result != \"success\") | .name'",
                "",
                "CircleCI has results only for jobs that store them (store_test_results); a build without",
                "any says so and exits 0. The exit status is 0 whatever the tests' results.",
                "",
                "Piped output starts with 'name<TAB>count' lines (passed, failed, skipped, errors, other,",
                "total), then one line per failed test (every test with --all):",
                "'test<TAB>result<TAB>class<TAB>name<TAB>file<TAB>seconds<TAB>first line of the message'.",
                "--json prints CircleCI's answer: fields in docs/json.md."},
        mixinStandardHelpOptions = true)
public final class ListTestsCommand implements Callable<Integer> {
    private final Session session;


    @Mixin
    ProjectOptions project;

    @Parameters(index = "0", paramLabel = "NUMBER", description = "The build's number (#123 works too).")
    String number;

    @Option(names = {"-a", "--all"}, description = "List every test, not only the failed ones.")
    boolean all;

    @Option(names = "--json", description = "Print the tests as JSON (fields in docs/json.md).")
    boolean json;

    public ListTestsCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Terminal term = session.terminal();
        int num = BuildNumbers.parse(number);
        Connection connection = session.connect(project);
        ProjectSlug slug = connection.slug();

        TestReport report = connection.client().getTests(slug, num);
        session.page();

        if (json) {
            JsonOutput.write(term.out(), report);
        }
        if (report.tests().isEmpty()) {
            term.err().println("No test results for build #" + num + " of " + slug
                    + ": CircleCI has them only for jobs that store them (store_test_results).");
            return 0;
        }
        if (!json) {
            List<String> lines = term.isOutTerminal()
                    ? TestReportView.terminal(report, all, term.width(), term.outColor())
                    : TestReportView.piped(report, all);
            lines.forEach(term.out()::println);
        }
        return 0;
    }
}
