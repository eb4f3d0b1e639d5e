package dev.circleview.tests;

import dev.circleview.cli.JsonFieldsSource;
import dev.circleview.cli.JsonOptions;
import dev.circleview.output.JsonFields;
import dev.circleview.output.Printer;
import dev.circleview.app.Connection;
import dev.circleview.cli.BuildNumbers;
import dev.circleview.app.Session;
import dev.circleview.api.model.TestReport;
import dev.circleview.cli.ProjectOptions;
import dev.circleview.core.ProjectSlug;
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
public final class ListTestsCommand implements Callable<Integer>, JsonFieldsSource {
    private final Session session;


    @Mixin
    ProjectOptions project;

    @Parameters(index = "0", paramLabel = "NUMBER", description = "The build's number (#123 works too).")
    String number;

    @Option(names = {"-a", "--all"}, description = "List every test, not only the failed ones.")
    boolean all;

    @Mixin
    JsonOptions json;

    public ListTestsCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Terminal term = session.terminal();
        int num = BuildNumbers.parse(number);
        Printer out = session.printer(json, this::jsonFields);
        Connection connection = session.connect(project);
        ProjectSlug slug = connection.slug();

        TestReport report = connection.client().getTests(slug, num);
        session.page();

        if (out.json()) {
            out.json(report);
        }
        if (report.tests().isEmpty()) {
            term.err().println("No test results for build #" + num + " of " + slug
                    + ": CircleCI has them only for jobs that store them (store_test_results).");
            return 0;
        }
        if (!out.json()) {
            out.lines(out.human() ? TestReportView.terminal(report, all, out.width(), out.color()) : TestReportView.piped(report, all));
        }
        return 0;
    }

    @Override
    public List<String> jsonFields() {
        return JsonFields.of(TestReport.class);
    }
}
