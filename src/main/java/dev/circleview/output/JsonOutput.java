package dev.circleview.output;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.circleview.api.model.Json;
import dev.circleview.core.Text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/** {@code --json}: the value, pretty-printed (or compact, for {@code --jq}), then a newline. Field names are documented in docs/json.md. */
public final class JsonOutput {
    private JsonOutput() {
    }

    public static void write(Writer out, Object value) {
        try {
            // empty containers as "[]" and "{}", as docs/json.md shows them, not Jackson's "[ ]"
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
                    .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                    .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
            Json.mapper().writer(printer).with(TerminalSafeEscapes.INSTANCE).writeValue(out, value);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code value} as compact JSON on one line (what {@code --jq} prints for a value that is not a string). */
    public static void writeCompact(Writer out, Object value) {
        try {
            Json.mapper().writer().with(TerminalSafeEscapes.INSTANCE).writeValue(out, value);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JSON escapes only C0 controls; {@code --json} may go to a terminal, so DEL, the C1 controls
     * (0x9B is CSI) and the bidirectional controls are written as six-character escapes too.
     */
    private static final class TerminalSafeEscapes extends CharacterEscapes {
        static final TerminalSafeEscapes INSTANCE = new TerminalSafeEscapes();
        private static final long serialVersionUID = 1L;

        private final int[] ascii;

        private TerminalSafeEscapes() {
            ascii = CharacterEscapes.standardAsciiEscapesForJSON();
            ascii[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return Text.isUnsafe(ch) ? new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch)) : null;
        }
    }
}
