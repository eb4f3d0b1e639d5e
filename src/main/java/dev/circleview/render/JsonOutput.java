package dev.circleview.render;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.circleview.api.model.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** {@code --json}: the value, pretty-printed, then a newline. Field names are documented in docs/json.md. */
public final class JsonOutput {
    private JsonOutput() {
    }

    public static void write(Writer out, Object value) {
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                    .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
            Json.mapper().writer(printer).writeValue(out, value);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
