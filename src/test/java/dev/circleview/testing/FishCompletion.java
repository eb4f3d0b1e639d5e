package dev.circleview.testing;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the fish completion script for a picocli command tree (one level of subcommands). */
public final class FishCompletion {
    private FishCompletion() {
    }

    public static String script(CommandLine root) {
        String name = root.getCommandName();
        StringBuilder out = new StringBuilder();
        out.append("# fish completion for ").append(name).append(", generated from its command model.\n")
                .append("# Install: copy to ~/.config/fish/completions/").append(name).append(".fish\n")
                .append("# (or the vendor_completions.d folder of fish's data directory).\n\n")
                .append("complete -c ").append(name).append(" -e\n");

        Map<CommandLine, List<String>> subcommands = new LinkedHashMap<>();
        root.getSubcommands().forEach((alias, sub) -> {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                subcommands.computeIfAbsent(sub, s -> new ArrayList<>()).add(alias);
            }
        });

        out.append("\n# subcommands\n");
        String atTop = "__fish_use_subcommand";
        subcommands.forEach((sub, names) -> {
            for (String alias : names) {
                out.append("complete -c ").append(name).append(" -n '").append(atTop).append("' -f -a ")
                        .append(quote(alias)).append(" -d ").append(quote(summary(sub.getCommandSpec()))).append('\n');
            }
        });
        out.append("\n# options of ").append(name).append('\n');
        options(out, name, atTop, root.getCommandSpec());

        subcommands.forEach((sub, names) -> {
            String when = "__fish_seen_subcommand_from " + String.join(" ", names);
            out.append("\n# ").append(String.join(", ", names)).append('\n');
            out.append("complete -c ").append(name).append(" -n '").append(when).append("' -f\n");
            List<String> values = new ArrayList<>();
            if (sub.getCommandSpec().helpCommand()) {
                subcommands.values().forEach(values::addAll);
                values.remove("help");
            }
            for (PositionalParamSpec positional : sub.getCommandSpec().positionalParameters()) {
                if (!positional.hidden() && positional.completionCandidates() != null) {
                    positional.completionCandidates().forEach(values::add);
                }
            }
            if (!values.isEmpty()) {
                out.append("complete -c ").append(name).append(" -n '").append(when).append("' -f -a ")
                        .append(quote(String.join(" ", values))).append('\n');
            }
            options(out, name, when, sub.getCommandSpec());
        });
        return out.toString();
    }

    private static void options(StringBuilder out, String command, String condition, CommandSpec spec) {
        for (OptionSpec option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            StringBuilder line = new StringBuilder("complete -c ").append(command).append(" -n '").append(condition).append('\'');
            for (String optionName : option.names()) {
                if (optionName.startsWith("--")) {
                    line.append(" -l ").append(optionName.substring(2));
                } else if (optionName.length() == 2) {
                    line.append(" -s ").append(optionName.substring(1));
                } else {
                    line.append(" -o ").append(optionName.substring(1));
                }
            }
            if (option.arity().max() > 0) {
                line.append(" -r");
                List<String> values = new ArrayList<>();
                if (option.completionCandidates() != null) {
                    option.completionCandidates().forEach(values::add);
                }
                if (!values.isEmpty()) {
                    line.append(" -f -a ").append(quote(String.join(" ", values)));
                } else if (Path.class.isAssignableFrom(option.type()) || File.class.isAssignableFrom(option.type())) {
                    line.append(" -F");
                } else {
                    line.append(" -f");
                }
            }
            line.append(" -d ").append(quote(describe(option)));
            out.append(line).append('\n');
        }
    }

    /** The first sentence of the option's description, its variables filled in. */
    private static String describe(OptionSpec option) {
        String text = String.join(" ", option.description());
        List<String> candidates = new ArrayList<>();
        if (option.completionCandidates() != null) {
            option.completionCandidates().forEach(candidates::add);
        }
        text = text.replace("${COMPLETION-CANDIDATES}", String.join(", ", candidates))
                .replace("${DEFAULT-VALUE}", String.valueOf(option.defaultValue()));
        return firstSentence(text);
    }

    private static String summary(CommandSpec spec) {
        String[] header = spec.usageMessage().header();
        String[] description = header.length > 0 ? header : spec.usageMessage().description();
        return firstSentence(description.length == 0 ? "" : description[0]);
    }

    private static String firstSentence(String text) {
        String line = text.replaceAll("%n", " ").replaceAll("\\s+", " ").strip();
        int end = line.indexOf(". ");
        if (end >= 0) {
            line = line.substring(0, end);
        }
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    /** A fish single-quoted word. */
    public static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
