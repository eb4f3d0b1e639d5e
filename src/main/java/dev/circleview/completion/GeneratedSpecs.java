package dev.circleview.completion;

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
        dev.circleview.cli.CommandTree.register("dev.circleview.completion", new GeneratedSpecs());
    }

    @Override
    public CommandSpec spec(Object command, Object parent) {
        if (command instanceof CompletionCommand c) {
            return specCompletionCommand(c, parent);
        }
        return null;
    }

    private static CommandSpec specCompletionCommand(dev.circleview.completion.CompletionCommand c, Object parent) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(c);
        spec.name("completion");
        spec.usageMessage().description("Print the shell completion script for bash, zsh or fish.");
        spec.usageMessage().footer("  source <(circle-view completion bash)                           # bash, this session", "  circle-view completion zsh > \"$${fpath[1]}/_circle-view\"         # zsh, a folder on $fpath", "  circle-view completion fish > ~/.config/fish/completions/circle-view.fish");
        spec.usageMessage().footerHeading("%nExamples:%n");
        var field1 = new CompletionCommandFields(c, 0);
        spec.addPositional(PositionalParamSpec.builder().arity("0..1").completionCandidates(new dev.circleview.completion.CompletionCommand.Shells()).description("The shell: ${COMPLETION-CANDIDATES}.").index("0").paramLabel("SHELL").type(java.lang.String.class).getter(field1).setter(field1).initialValue(c.shell).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.help.name.0:--h}", "${picocli.help.name.1:---help}").description("Show this help message and exit.").descriptionKey("mixinStandardHelpOptions.help").usageHelp(true).paramLabel("<helpRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        spec.addOption(OptionSpec.builder("${picocli.version.name.0:--V}", "${picocli.version.name.1:---version}").description("Print version information and exit.").descriptionKey("mixinStandardHelpOptions.version").versionHelp(true).paramLabel("<versionRequested>").type(boolean.class).initialValue(false).hasInitialValue(true).build());
        return spec;
    }

    private record CompletionCommandFields(dev.circleview.completion.CompletionCommand o, int field) implements IGetter, ISetter {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) switch (field) {
                case 0 -> (Object) o.shell;
                default -> throw new IllegalStateException("no field " + field);
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            switch (field) {
                case 0 -> o.shell = (java.lang.String) value;
                default -> throw new IllegalStateException("no field " + field);
            }
            return old;
        }
    }
}
