package dev.circleview.output;

import com.fasterxml.jackson.databind.JsonNode;
import dev.circleview.core.Text;
import dev.circleview.core.UsageException;
import net.thisptr.jackson.jq.BuiltinFunctionLoader;
import net.thisptr.jackson.jq.JsonQuery;
import net.thisptr.jackson.jq.Scope;
import net.thisptr.jackson.jq.Versions;
import net.thisptr.jackson.jq.exception.JsonQueryException;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code --jq} expression, compiled by jackson-jq with jq 1.6's built-in functions. Only this class
 * touches jackson-jq, and only a run with {@code --jq} loads it.
 */
final class Jq {
    private static final String HINT = "see the jq manual, https://jqlang.github.io/jq/manual/";

    private final String expression;
    private final JsonQuery query;

    private Jq(String expression, JsonQuery query) {
        this.expression = expression;
        this.query = query;
    }

    /** The expression compiled; one jq cannot read is a usage error with the parser's message. */
    static Jq compile(String expression) {
        try {
            return new Jq(expression, JsonQuery.compile(expression, Versions.JQ_1_6));
        } catch (JsonQueryException | RuntimeException e) {
            throw new UsageException("invalid --jq expression " + Text.quoteForMessage(expression) + ": " + message(e), HINT);
        }
    }

    /** What the expression makes of {@code input}, in order; an error it raises (.a of an array) is a usage error. */
    List<JsonNode> apply(JsonNode input) {
        Scope root = Scope.newEmptyScope();
        BuiltinFunctionLoader.getInstance().loadFunctions(Versions.JQ_1_6, root);
        List<JsonNode> out = new ArrayList<>();
        try {
            query.apply(Scope.newChildScope(root), input, out::add);
        } catch (JsonQueryException | RuntimeException e) {
            throw new UsageException("--jq " + Text.quoteForMessage(expression) + " failed on the JSON: " + message(e), HINT);
        }
        return out;
    }

    private static String message(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Text.quoteForMessage(m.lines().findFirst().orElse(m).strip());
    }
}
