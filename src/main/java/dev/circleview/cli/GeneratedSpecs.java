package dev.circleview.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * GENERATED from the picocli annotations of this package's commands; do not edit. Regenerate with
 * {@code mvn -B test -Dtest=GeneratedSpecsTest -Dspecs.update=true} (see README, "Development").
 */
public final class GeneratedSpecs implements dev.circleview.cli.SpecFactory {
    static {
        dev.circleview.cli.CommandTree.register("dev.circleview.cli", new GeneratedSpecs());
    }

    @Override
    public CommandSpec spec(Object command, Object parent) {
        if (command instanceof CircleViewCommand c) {
            return specCircleViewCommand(c, parent);
        }
        return null;
    }

    private static CommandSpec specCircleViewCommand(dev.circleview.cli.CircleViewCommand c, Object parent) {
        if (c.global == null) {
            c.global = new dev.circleview.cli.GlobalOptions();
        }
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
        c.spec = spec;
        spec.name("circle-view");
        spec.usageMessage().description("A fast, scriptable terminal viewer for CircleCI.", "", "Finds the project from the circleci.com/project-slug annotation of the Backstage catalog-info.yaml in this checkout (or --project), and reads it with the token in CIRCLECI_AUTH_TOKEN. Settings may also come from a config file (--config; see docs/config.md). 'circle-view doctor' checks the set-up.");
        spec.usageMessage().footer("  0    success                  5    not found (404)", "  1    unexpected failure       6    the build failed", "  2    usage: bad flag or slug  7    the build was canceled or not run", "  3    not configured           8    the build has not finished", "  4    authentication (401/403) 9    CircleCI unavailable (network, 429, 5xx)", "  130  interrupted", "", "Examples:", "  circle-view builds", "  circle-view builds --branch main --status failed", "  circle-view build 4810", "  circle-view build 4810 --exit-status", "  circle-view builds --project github/my-org/my-repo --json", "  circle-view doctor");
        spec.usageMessage().footerHeading("%nExit codes:%n");
        spec.versionProvider(new dev.circleview.cli.VersionProvider());
        var field1 = new GlobalOptionsFields(c.global, 0);
        spec.addOption(OptionSpec.builder("--color").completionCandidates(new dev.circleview.cli.GlobalOptions.ColorChoices()).description("Colour output: ${COMPLETION-CANDIDATES} (default: color in the config file, else auto, which honours NO_COLOR, CLICOLOR_FORCE and TERM=dumb, and colours only a terminal).").paramLabel("WHEN").scopeType(picocli.CommandLine.ScopeType.INHERIT).type(dev.circleview.term.ColorMode.class).getter(field1).setter(field1).initialValue(c.global.color).hasInitialValue(true).build());
        var field2 = new GlobalOptionsFields(c.global, 1);
        spec.addOption(OptionSpec.builder("--config").description("Read settings from this YAML file (env CIRCLE_VIEW_CONFIG; default $XDG_CONFIG_HOME/circle-view/config.yaml or ~/.config/circle-view/config.yaml; see docs/config.md).").paramLabel("FILE").scopeType(picocli.CommandLine.ScopeType.INHERIT).type(java.nio.file.Path.class).getter(field2).setter(field2).initialValue(c.global.configFile).hasInitialValue(true).build());
        var field3 = new GlobalOptionsFields(c.global, 2);
        spec.addOption(OptionSpec.builder("--no-hyperlinks").description("Print build numbers and addresses without terminal hyperlinks (env CIRCLE_VIEW_NO_HYPERLINKS; they are on only on a terminal with colour, and off for TERM=dumb).").scopeType(picocli.CommandLine.ScopeType.INHERIT).paramLabel("<noHyperlinks>").type(boolean.class).getter(field3).setter(field3).initialValue(c.global.noHyperlinks).hasInitialValue(true).build());
        var field4 = new GlobalOptionsFields(c.global, 3);
        spec.addOption(OptionSpec.builder("--no-pager").description("Print long output (build, builds, tests, artifacts) straight to the terminal, not through the pager (env CIRCLE_VIEW_PAGER, else PAGER, else less -FRX; empty or cat for none).").scopeType(picocli.CommandLine.ScopeType.INHERIT).paramLabel("<noPager>").type(boolean.class).getter(field4).setter(field4).initialValue(c.global.noPager).hasInitialValue(true).build());
        var field5 = new GlobalOptionsFields(c.global, 4);
        spec.addOption(OptionSpec.builder("--debug").description("Print requests, statuses and timings on stderr (the token shows as ***), and stack traces for errors.").scopeType(picocli.CommandLine.ScopeType.INHERIT).paramLabel("<debug>").type(boolean.class).getter(field5).setter(field5).initialValue(c.global.debug).hasInitialValue(true).build());
        var field6 = new GlobalOptionsFields(c.global, 5);
        spec.addOption(OptionSpec.builder("--api-url").description("CircleCI API root (env CIRCLE_VIEW_API_URL, else target in the config file; default https://circleci.com/api/v1.1).").paramLabel("URL").scopeType(picocli.CommandLine.ScopeType.INHERIT).type(java.lang.String.class).getter(field6).setter(field6).initialValue(c.global.apiUrl).hasInitialValue(true).build());
        var field7 = new GlobalOptionsFields(c.global, 6);
        spec.addOption(OptionSpec.builder("--timeout").description("The most the command may take, retries included (default: timeout in the config file, else 60; for watch: the whole watch, default none).").paramLabel("SECONDS").scopeType(picocli.CommandLine.ScopeType.INHERIT).type(java.lang.Integer.class).getter(field7).setter(field7).initialValue(c.global.timeout).hasInitialValue(true).build());
        var field8 = new GlobalOptionsFields(c.global, 7);
        spec.addOption(OptionSpec.builder("--retries").description("How often a failed read is tried again after a network error, 429 or 5xx (default 3).").paramLabel("N").scopeType(picocli.CommandLine.ScopeType.INHERIT).type(java.lang.Integer.class).getter(field8).setter(field8).initialValue(c.global.retries).hasInitialValue(true).build());
        var field9 = new GlobalOptionsFields(c.global, 8);
        spec.addOption(OptionSpec.builder("--cacert").description("Also trust the certificate authorities in this PEM file, for CircleCI server installs and proxies with a private CA (env CIRCLE_VIEW_CACERT, else cacert in the config file). The system's authorities stay trusted.").paramLabel("FILE").scopeType(picocli.CommandLine.ScopeType.INHERIT).type(java.nio.file.Path.class).getter(field9).setter(field9).initialValue(c.global.caCert).hasInitialValue(true).build());
        var field10 = new GlobalOptionsFields(c.global, 9);
        spec.addOption(OptionSpec.builder("--allow-insecure-http").description("Allow a plain http:// API URL on a host other than loopback (sends the token unencrypted).").scopeType(picocli.CommandLine.ScopeType.INHERIT).paramLabel("<allowInsecureHttp>").type(boolean.class).getter(field10).setter(field10).initialValue(c.global.allowInsecureHttp).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.help.name.0:--h}", "${picocli.help.name.1:---help}").description("Show this help message and exit.").descriptionKey("mixinStandardHelpOptions.help").usageHelp(true).paramLabel("<helpRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.version.name.0:--V}", "${picocli.version.name.1:---version}").description("Print version information and exit.").descriptionKey("mixinStandardHelpOptions.version").versionHelp(true).paramLabel("<versionRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        return spec;
    }

    private record GlobalOptionsFields(dev.circleview.cli.GlobalOptions o, int field) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) switch (field) {
                case 0 -> (Object) o.color;
                case 1 -> (Object) o.configFile;
                case 2 -> (Object) o.noHyperlinks;
                case 3 -> (Object) o.noPager;
                case 4 -> (Object) o.debug;
                case 5 -> (Object) o.apiUrl;
                case 6 -> (Object) o.timeout;
                case 7 -> (Object) o.retries;
                case 8 -> (Object) o.caCert;
                case 9 -> (Object) o.allowInsecureHttp;
                default -> throw new IllegalStateException("no field " + field);
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            switch (field) {
                case 0 -> o.color = (dev.circleview.term.ColorMode) value;
                case 1 -> o.configFile = (java.nio.file.Path) value;
                case 2 -> o.noHyperlinks = (java.lang.Boolean) value;
                case 3 -> o.noPager = (java.lang.Boolean) value;
                case 4 -> o.debug = (java.lang.Boolean) value;
                case 5 -> o.apiUrl = (java.lang.String) value;
                case 6 -> o.timeout = (java.lang.Integer) value;
                case 7 -> o.retries = (java.lang.Integer) value;
                case 8 -> o.caCert = (java.nio.file.Path) value;
                case 9 -> o.allowInsecureHttp = (java.lang.Boolean) value;
                default -> throw new IllegalStateException("no field " + field);
            }
            return old;
        }
    }
}
