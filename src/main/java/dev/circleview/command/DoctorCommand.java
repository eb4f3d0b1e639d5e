package dev.circleview.command;

import dev.circleview.AppContext;
import dev.circleview.cli.CircleViewCommand;
import dev.circleview.cli.GlobalOptions;
import dev.circleview.cli.ProjectOptions;
import dev.circleview.render.DoctorReport;
import dev.circleview.render.JsonOutput;
import dev.circleview.term.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

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
public final class DoctorCommand implements Callable<Integer> {
    private final AppContext context;

    @ParentCommand
    CircleViewCommand root;

    @Mixin
    ProjectOptions project;

    @Option(names = "--json", description = "Print the checks as a JSON object (fields in docs/json.md).")
    boolean json;

    public DoctorCommand(AppContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        GlobalOptions global = root.global();
        Terminal term = global.terminal(context);
        List<DoctorReport.Check> checks = new DoctorChecks(context, global, project, term).run();
        if (json) {
            JsonOutput.write(term.out(), DoctorReport.json(checks));
        } else {
            DoctorReport.lines(checks, DoctorReport.unicode(term.isOutTerminal(), context.env()), term.outColor())
                    .forEach(term.out()::println);
        }
        return DoctorReport.exitCode(checks).code();
    }
}
