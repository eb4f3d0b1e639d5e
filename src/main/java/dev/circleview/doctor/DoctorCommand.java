package dev.circleview.doctor;

import dev.circleview.cli.JsonFieldsSource;
import dev.circleview.cli.JsonOptions;
import dev.circleview.output.JsonFields;
import dev.circleview.output.Printer;
import dev.circleview.app.Session;
import dev.circleview.cli.ProjectOptions;
import dev.circleview.term.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code circle-view doctor}: is everything {@code builds} needs in place, and if not, what to do. */
@Command(name = "doctor",
        description = "Check the set-up, one line per check with what to do about each problem: Java, the config file, "
                + "the project, the token, the API (GET /me and the project's builds, timed), the terminal, completions.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  circle-view doctor                      # in a checkout, as builds would run there",
                "  circle-view doctor -p gh/my-org/my-repo",
                "  circle-view doctor --json | jq '.checks[] | select(.status == \"fail\")'",
                "",
                "Marks: ✓ ok, ✗ FAIL, ! hint, - skip (the words when piped or the locale is not UTF-8). Exit 0 when",
                "builds would work; otherwise the exit code of the first failure (3 not configured, 4 token, 5 project",
                "not found, 9 network). --json fields are listed in docs/json.md."},
        mixinStandardHelpOptions = true)
public final class DoctorCommand implements Callable<Integer>, JsonFieldsSource {
    private final Session session;


    @Mixin
    ProjectOptions project;

    @Mixin
    JsonOptions json;

    public DoctorCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Terminal term = session.terminal();
        Printer out = session.printer(json, this::jsonFields);
        List<DoctorReport.Check> checks = new DoctorChecks(session, project, term).run();
        out.print(DoctorReport.json(checks), () -> DoctorReport.lines(checks, DoctorReport.unicode(term.isOutTerminal(), session.env()), out.color()),
                () -> DoctorReport.lines(checks, false, false));
        return DoctorReport.exitCode(checks).code();
    }

    @Override
    public List<String> jsonFields() {
        return JsonFields.of(DoctorReport.Report.class);
    }
}
