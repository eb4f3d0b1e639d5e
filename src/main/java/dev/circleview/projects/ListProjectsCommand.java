package dev.circleview.projects;

import dev.circleview.cli.JsonFieldsSource;
import dev.circleview.cli.JsonOptions;
import dev.circleview.output.JsonFields;
import dev.circleview.output.Printer;
import dev.circleview.app.Session;
import dev.circleview.api.CircleCiClient;
import dev.circleview.term.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code circle-view projects}: the projects the token's user follows, each with its default branch's newest build. */
@Command(name = "projects",
        description = "List the projects you follow on CircleCI, each with the newest build of its default branch.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  circle-view projects              # project, branch, status, number, age",
                "  circle-view projects | cut -f1,3  # piped: tab-separated, no header",
                "  circle-view projects --json | jq -r '.[].slug'",
                "",
                "One request (GET /projects), which needs a personal API token; it works",
                "anywhere, no catalog file needed. Projects are sorted by slug. The status is",
                "that of the newest build CircleCI lists for the default branch (the highest",
                "number among its recent and running builds), or 'no builds'.",
                "",
                "Piped output has the columns slug, default branch, status, build number and",
                "time (when the build was added, ISO-8601 UTC); the last three are empty for",
                "a branch without builds. --json fields are listed in docs/json.md."},
        mixinStandardHelpOptions = true)
public final class ListProjectsCommand implements Callable<Integer>, JsonFieldsSource {
    private final Session session;


    @Mixin
    JsonOptions json;

    public ListProjectsCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Terminal term = session.terminal();
        Printer out = session.printer(json, this::jsonFields);
        CircleCiClient client = session.userClient("listing the projects you follow");

        List<ProjectSummary> projects = ProjectSummary.sorted(client.projects());

        if (out.json()) {
            out.json(projects);
        }
        if (projects.isEmpty()) {
            term.err().println("You follow no projects on CircleCI (follow one in the CircleCI app, or list a project's builds "
                    + "with 'circle-view builds --project SLUG')");
            return 0;
        }
        if (!out.json()) {
            ProjectTable table = new ProjectTable(session.clock().instant(), session.clock()::getZone);
            out.lines(out.human() ? table.table(projects, out.width(), out.color()) : table.piped(projects));
        }
        return 0;
    }

    @Override
    public List<String> jsonFields() {
        return JsonFields.of(ProjectSummary.class);
    }
}
