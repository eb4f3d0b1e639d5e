package dev.circleview.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Stack;
import java.util.regex.Pattern;

/**
 * {@code --json [FIELDS]} and {@code --jq EXPR}, the same on every command that prints JSON (gh's
 * {@code cmdutil.JSONFlags}). What they ask for is carried out by {@code output.Printer}.
 */
public final class JsonOptions {
    @Option(names = "--json", arity = "0..1", paramLabel = "FIELDS", fallbackValue = "", preprocessor = OptionalFields.class,
            description = "Print JSON (fields in docs/json.md); with FIELDS, a comma-separated list of top-level field names, "
                    + "only those, in that order.")
    public String json;

    @Option(names = "--jq", paramLabel = "EXPR",
            description = "Filter the JSON with a jq expression (implies --json): strings print raw, one per line, "
                    + "other values as compact JSON.")
    public String jq;

    /** Whether JSON is asked for, by {@code --json} or {@code --jq}. */
    public boolean asked() {
        return json != null || jq != null;
    }

    /** The fields {@code --json} names, in order; empty for all of them. */
    public List<String> fields() {
        return json == null || json.isBlank() ? List.of()
                : Arrays.stream(json.split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList();
    }

    /** {@code --jq}'s expression, or null. */
    public String jq() {
        return jq;
    }

    /**
     * Takes the word after {@code --json} as its FIELDS only when it reads as a list of field names
     * ({@code build_num,status}); otherwise {@code --json} stands alone and the word is left for what
     * follows: {@code build --json 4810}, {@code status --json -b main}.
     */
    public static final class OptionalFields implements CommandLine.IParameterPreprocessor {
        private static final Pattern FIELD_LIST = Pattern.compile("[a-z][a-z0-9_]*(\\s*,\\s*[a-z][a-z0-9_]*)*,?");

        @Override
        public boolean preprocess(Stack<String> args, CommandSpec commandSpec, ArgSpec argSpec, Map<String, Object> info) {
            if ("=".equals(info.get("separator"))) {
                return false;
            }
            if (args.isEmpty() || !FIELD_LIST.matcher(args.peek()).matches() || commandSpec.subcommands().containsKey(args.peek())) {
                argSpec.setValue("");
                return true;
            }
            return false;
        }
    }
}
