package dev.circleview.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.circleview.api.model.Json;
import dev.circleview.core.UsageException;
import dev.circleview.term.Sanitizer;
import dev.circleview.term.Terminal;

import java.util.List;
import java.util.function.Supplier;

/**
 * The one output path every command prints its records through, in one of three forms decided here
 * once: JSON when {@code --json} or {@code --jq} asks (only the fields named, or what the jq
 * expression makes of it); the human table on a terminal, or on a pipe when colour is forced
 * ({@code --color=always}, {@code CLICOLOR_FORCE}: as {@code ls --color=always | less -R} expects, as
 * wide as {@code COLUMNS} says); else tab-separated lines. Adding a form is one change here.
 */
public final class Printer {
    private final Terminal term;
    private final boolean json;
    private final List<String> fields;
    private final Jq jq;

    /**
     * Checks what {@code --json} and {@code --jq} ask for before anything is fetched: a field that is
     * not one of {@code available}, or an expression jq cannot read, is a usage error.
     *
     * @param json      whether JSON is asked for
     * @param fields    the top-level fields asked for, in order; empty for all
     * @param jq        the jq expression, or null
     * @param available the fields there are (asked for only when some are named)
     */
    public Printer(Terminal term, boolean json, List<String> fields, String jq, Supplier<List<String>> available) {
        this.term = term;
        this.json = json;
        this.fields = fields;
        if (!fields.isEmpty()) {
            List<String> known = available.get();
            for (String f : fields) {
                if (!known.contains(f)) {
                    throw new UsageException("unknown JSON field \"" + Sanitizer.cell(f) + "\" for --json",
                            "the fields are: " + String.join(", ", known));
                }
            }
        }
        this.jq = jq == null ? null : Jq.compile(jq);
    }

    /** Whether the output is JSON. */
    public boolean json() {
        return json;
    }

    /** Whether the output is the human table: on a terminal, or on a pipe with colour forced. */
    public boolean human() {
        return !json && (term.isOutTerminal() || term.outColor());
    }

    /** How wide the human table may be. */
    public int width() {
        return term.width();
    }

    public boolean color() {
        return term.outColor();
    }

    public boolean links() {
        return term.links();
    }

    /**
     * Prints {@code value}: as JSON when that is asked for, else the lines of {@code human} on a
     * terminal (or with colour forced) and those of {@code piped} otherwise.
     */
    public void print(Object value, Supplier<List<String>> human, Supplier<List<String>> piped) {
        if (json) {
            json(value);
        } else {
            lines(human() ? human.get() : piped.get());
        }
    }

    public void lines(List<String> lines) {
        lines.forEach(term.out()::println);
    }

    /** {@code value} as JSON: whole, pretty-printed; or only the fields asked for; or what the jq expression makes of it. */
    public void json(Object value) {
        if (fields.isEmpty() && jq == null) {
            JsonOutput.write(term.out(), value);
            return;
        }
        JsonNode tree = Json.mapper().valueToTree(value);
        if (!fields.isEmpty()) {
            tree = select(tree);
        }
        if (jq == null) {
            JsonOutput.write(term.out(), tree);
            return;
        }
        for (JsonNode result : jq.apply(tree)) {
            if (result.isTextual()) {
                // raw, as jq -r prints it; made safe only where it would reach a terminal
                term.out().println(term.isOutTerminal() ? Sanitizer.text(result.textValue(), false) : result.textValue());
            } else {
                JsonOutput.writeCompact(term.out(), result);
            }
        }
    }

    /** Only the fields asked for, in that order: of the object, or of each object of the array. */
    private JsonNode select(JsonNode tree) {
        if (tree instanceof ArrayNode array) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode(array.size());
            array.forEach(element -> out.add(select(element)));
            return out;
        }
        if (tree instanceof ObjectNode object) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (String f : fields) {
                JsonNode v = object.get(f);
                out.set(f, v == null ? JsonNodeFactory.instance.nullNode() : v);
            }
            return out;
        }
        return tree;
    }
}
