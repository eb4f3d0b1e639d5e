package dev.circleview.actions;

import dev.circleview.app.Connection;
import dev.circleview.cli.BuildNumbers;
import dev.circleview.app.Session;
import dev.circleview.api.model.Build;
import dev.circleview.cli.GlobalOptions;
import dev.circleview.cli.ProjectOptions;
import dev.circleview.core.ProjectSlug;
import dev.circleview.term.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code circle-view cancel}: stops a queued or running build and prints it as it is now. */
@Command(name = "cancel",
        description = "Cancel a queued or running build.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  circle-view cancel 41               # cancel build #41 of this project",
                "  circle-view cancel '#41' -p gh/my-org/my-repo",
                "  circle-view cancel 41 --json | jq .status",
                "",
                "The request is sent once, never repeated automatically. CircleCI answers",
                "with the build; one that had already finished stays as it was.",
                "Piped, the build is printed as one line in the format of",
                "'circle-view builds'; --json prints it as JSON (docs/json.md)."},
        mixinStandardHelpOptions = true)
public final class CancelBuildCommand implements Callable<Integer> {
    private final Session session;


    @Mixin
    ProjectOptions project;

    @Parameters(index = "0", paramLabel = "NUMBER", description = "The build to cancel (#123 works too).")
    String number;

    @Option(names = "--json", description = "Print the build as JSON (fields in docs/json.md).")
    boolean json;

    public CancelBuildCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Terminal term = session.terminal();
        int target = BuildNumbers.parse(number);
        Connection connection = session.connect(project);
        ProjectSlug slug = connection.slug();

        Build build = connection.client().cancelBuild(slug, target);

        ActionOutput.print(term, session.clock(), json, build, (color, links) -> ActionView.canceled(target, build, color, links));
        return 0;
    }
}
