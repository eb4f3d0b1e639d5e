package dev.circleview;

import dev.circleview.actions.CancelBuildCommand;
import dev.circleview.actions.RetryBuildCommand;
import dev.circleview.actions.TriggerBuildCommand;
import dev.circleview.app.Session;
import dev.circleview.artifacts.ListArtifactsCommand;
import dev.circleview.build.ViewBuildCommand;
import dev.circleview.builds.ListBuildsCommand;
import dev.circleview.cli.Subcommand;
import dev.circleview.actions.CancelBuildCommandModel;
import dev.circleview.actions.RetryBuildCommandModel;
import dev.circleview.actions.TriggerBuildCommandModel;
import dev.circleview.artifacts.ListArtifactsCommandModel;
import dev.circleview.build.ViewBuildCommandModel;
import dev.circleview.builds.ListBuildsCommandModel;
import dev.circleview.completion.CompletionCommandModel;
import dev.circleview.doctor.DoctorCommandModel;
import dev.circleview.help.HelpCommandModel;
import dev.circleview.projects.ListProjectsCommandModel;
import dev.circleview.tests.ListTestsCommandModel;
import dev.circleview.watch.StatusCommandModel;
import dev.circleview.watch.WatchCommandModel;
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
                Subcommand.of("builds", List.of(), true, () -> new ListBuildsCommand(session), ListBuildsCommandModel::spec),
                Subcommand.of("build", List.of("view"), true, () -> new ViewBuildCommand(session), ViewBuildCommandModel::spec),
                Subcommand.of("retry", List.of(), true, () -> new RetryBuildCommand(session), RetryBuildCommandModel::spec),
                Subcommand.of("cancel", List.of(), true, () -> new CancelBuildCommand(session), CancelBuildCommandModel::spec),
                Subcommand.of("trigger", List.of(), true, () -> new TriggerBuildCommand(session), TriggerBuildCommandModel::spec),
                Subcommand.of("tests", List.of(), true, () -> new ListTestsCommand(session), ListTestsCommandModel::spec),
                Subcommand.of("artifacts", List.of(), true, () -> new ListArtifactsCommand(session), ListArtifactsCommandModel::spec),
                Subcommand.of("status", List.of(), true, () -> new StatusCommand(session), StatusCommandModel::spec),
                Subcommand.of("watch", List.of(), true, () -> new WatchCommand(session), WatchCommandModel::spec),
                Subcommand.of("projects", List.of(), true, () -> new ListProjectsCommand(session), ListProjectsCommandModel::spec),
                Subcommand.of("doctor", List.of(), true, () -> new DoctorCommand(session), DoctorCommandModel::spec),
                Subcommand.of("completion", List.of(), false, () -> new CompletionCommand(session), CompletionCommandModel::spec),
                Subcommand.of("help", List.of(), false, HelpCommand::new, HelpCommandModel::spec));
    }
}
