package dev.circleview.actions;

import dev.circleview.cli.JsonFieldsSource;
import dev.circleview.cli.JsonOptions;
import dev.circleview.output.JsonFields;
import dev.circleview.output.Printer;
import dev.circleview.app.Connection;
import dev.circleview.cli.BuildNumbers;
import dev.circleview.app.Session;
import dev.circleview.api.model.Build;
import dev.circleview.cli.ProjectOptions;
import dev.circleview.core.ProjectSlug;
import dev.circleview.term.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;
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
public final class CancelBuildCommand implements Callable<Integer>, JsonFieldsSource {
    private final Session session;


    @Mixin
    ProjectOptions project;

    @Parameters(index = "0", paramLabel = "NUMBER", description = "The build to cancel (#123 works too).")
    String number;

    @Mixin
    JsonOptions json;

    public CancelBuildCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Terminal term = session.terminal();
        Printer out = session.printer(json, this::jsonFields);
        int target = BuildNumbers.parse(number);
        Connection connection = session.connect(project);
        ProjectSlug slug = connection.slug();

        Build build = connection.client().cancelBuild(slug, target);

        ActionOutput.print(out, session.clock(), build, (color, links) -> ActionView.canceled(target, build, color, links));
        return 0;
    }

    @Override
    public List<String> jsonFields() {
        return JsonFields.of(Build.class);
    }
}
