package dev.circleview.cli;

import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The picocli models the build generates ({@code <Command>Model}, by dev.circleview.codegen's
 * annotation processor) say exactly what the annotations say: the same options and parameters with
 * the same attributes, and the same help, for every command; and every command of ours runs on its
 * generated model.
 */
class CommandModelsTest {
    @TempDir
    Path dir;

    private CommandLine annotated() {
        return new TestContext(dir).wholeTree(false);
    }

    private CommandLine generated() {
        return new TestContext(dir).wholeTree(true);
    }

    @Test
    void everyCommandOfOursRunsOnItsGeneratedModel() {
        for (CommandLine cmd : commands(generated()).values()) {
            CommandSpec spec = cmd.getCommandSpec();
            if (spec.userObject().getClass().getPackageName().startsWith("dev.circleview")) {
                for (ArgSpec arg : spec.args()) {
                    assertFalse(arg.userObject() instanceof Field, () -> spec.qualifiedName() + " " + arg + " was read from its annotation");
                }
            }
        }
    }

    @Test
    void theGeneratedModelsSayWhatTheAnnotationsSay() {
        Map<String, CommandLine> expected = commands(annotated());
        Map<String, CommandLine> actual = commands(generated());
        assertEquals(expected.keySet(), actual.keySet());

        for (String name : expected.keySet()) {
            CommandSpec want = expected.get(name).getCommandSpec();
            CommandSpec got = actual.get(name).getCommandSpec();
            List<String> wanted = describe(want);
            List<String> gotten = describe(got);
            for (int i = 0; i < Math.max(wanted.size(), gotten.size()); i++) {
                assertEquals(i < wanted.size() ? wanted.get(i) : null, i < gotten.size() ? gotten.get(i) : null, name);
            }
            assertEquals(usage(expected.get(name)), usage(actual.get(name)), name + " --help");
        }
    }

    /** The root and each subcommand, by qualified name. */
    private static Map<String, CommandLine> commands(CommandLine root) {
        Map<String, CommandLine> all = new TreeMap<>();
        all.put(root.getCommandName(), root);
        root.getSubcommands().values().forEach(sub -> all.put(sub.getCommandSpec().qualifiedName(), sub));
        return all;
    }

    private static String usage(CommandLine cmd) {
        return cmd.getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    /** Every attribute of the command and its arguments that parsing, help or completion reads. */
    private static List<String> describe(CommandSpec spec) {
        List<String> lines = new ArrayList<>();
        lines.add("name=" + spec.name() + " aliases=" + Arrays.toString(spec.aliases()) + " version=" + Arrays.toString(spec.version())
                + " subcommands=" + spec.subcommands().keySet());
        for (ArgSpec arg : spec.args()) {
            String names = arg instanceof OptionSpec o ? Arrays.toString(o.names()) + " usageHelp=" + o.usageHelp()
                    + " versionHelp=" + o.versionHelp() + " negatable=" + o.negatable() + " fallback=" + o.fallbackValue()
                    + " order=" + o.order() : "index=" + ((CommandLine.Model.PositionalParamSpec) arg).index();
            List<String> candidates = new ArrayList<>();
            if (arg.completionCandidates() != null) {
                arg.completionCandidates().forEach(candidates::add);
            }
            lines.add(names + " label=" + arg.paramLabel() + " arity=" + arg.arity() + " type=" + arg.type().getName()
                    + " aux=" + Arrays.toString(arg.auxiliaryTypes()) + " required=" + arg.required() + " hidden=" + arg.hidden()
                    + " default=" + arg.defaultValue() + " initial=" + arg.initialValue() + " scope=" + arg.scopeType()
                    + " inherited=" + arg.inherited() + " split=" + arg.splitRegex() + " candidates=" + candidates
                    + " description=" + Arrays.toString(arg.description()) + " key=" + Objects.toString(arg.descriptionKey(), ""));
        }
        return lines;
    }
}
