package dev.circleview.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code circle-view}: the root command. Holds the global options that every subcommand inherits. */
@Command(name = "circle-view",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "A fast, scriptable terminal viewer for CircleCI.",
                "",
                "Finds the project from the circleci.com/project-slug annotation of the Backstage catalog-info.yaml "
                        + "in this checkout (or --project), and reads it with the token in CIRCLECI_AUTH_TOKEN. Settings "
                        + "may also come from a config file (--config; see docs/config.md). 'circle-view doctor' checks the set-up."},
        footerHeading = "%nExit codes:%n",
        footer = {
                "  0    success                  5    not found (404)",
                "  1    unexpected failure       6    the build failed",
                "  2    usage: bad flag or slug  7    the build was canceled or not run",
                "  3    not configured           8    the build has not finished",
                "  4    authentication (401/403) 9    CircleCI unavailable (network, 429, 5xx)",
                "  130  interrupted",
                "",
                "Examples:",
                "  circle-view builds",
                "  circle-view builds --branch main --status failed",
                "  circle-view build 4810",
                "  circle-view build 4810 --exit-status",
                "  circle-view builds --project github/my-org/my-repo --json",
                "  circle-view doctor"})
public final class CircleViewCommand implements Runnable {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    /** @param global the flags picocli fills in, which the run's session reads */
    public CircleViewCommand(GlobalOptions global) {
        this.global = global;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
