package dev.circleview;

import dev.circleview.actions.CancelBuildCommand;
import dev.circleview.actions.RetryBuildCommand;
import dev.circleview.actions.TriggerBuildCommand;
import dev.circleview.app.Session;
import dev.circleview.artifacts.ListArtifactsCommand;
import dev.circleview.build.ViewBuildCommand;
import dev.circleview.builds.ListBuildsCommand;
import dev.circleview.cli.Subcommand;
import dev.circleview.completion.CompletionCommand;
import dev.circleview.doctor.DoctorCommand;
import dev.circleview.help.HelpCommand;
import dev.circleview.projects.ListProjectsCommand;
import dev.circleview.tests.ListTestsCommand;
import dev.circleview.watch.StatusCommand;
import dev.circleview.watch.WatchCommand;

import java.util.List;

/**
 * The one table of subcommands, in the order help lists them: picocli set-up, help, completions, man
 * pages and the warm-up all read it. Adding a command is one class and one row.
 */
public final class Commands {
    private Commands() {
    }

    /** Every subcommand, each made with {@code session} when a run needs it. */
    public static List<Subcommand> all(Session session) {
        return List.of(
                new Subcommand("builds", List.of(), true, () -> new ListBuildsCommand(session)),
                new Subcommand("build", List.of("view"), true, () -> new ViewBuildCommand(session)),
                new Subcommand("retry", List.of(), true, () -> new RetryBuildCommand(session)),
                new Subcommand("cancel", List.of(), true, () -> new CancelBuildCommand(session)),
                new Subcommand("trigger", List.of(), true, () -> new TriggerBuildCommand(session)),
                new Subcommand("tests", List.of(), true, () -> new ListTestsCommand(session)),
                new Subcommand("artifacts", List.of(), true, () -> new ListArtifactsCommand(session)),
                new Subcommand("status", List.of(), true, () -> new StatusCommand(session)),
                new Subcommand("watch", List.of(), true, () -> new WatchCommand(session)),
                new Subcommand("projects", List.of(), true, () -> new ListProjectsCommand(session)),
                new Subcommand("doctor", List.of(), true, () -> new DoctorCommand(session)),
                new Subcommand("completion", List.of(), false, () -> new CompletionCommand(session)),
                new Subcommand("help", List.of(), false, HelpCommand::new));
    }
}
