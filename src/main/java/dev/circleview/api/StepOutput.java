package dev.circleview.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.circleview.api.model.Json;
import dev.circleview.core.ApiException;
import dev.circleview.core.ExitCode;
import dev.circleview.core.Text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;

/**
 * A step's output as CircleCI stores it at an action's {@code output_url}: a JSON array of
 * {@code {"type", "time", "message"}} objects whose messages, in order, are the log. Read with a
 * streaming parser, message by message, so a log of any size takes little memory.
 */
public final class StepOutput {
    private static final int SNIPPET = 60;

    /** Takes the log's text in order: whole messages, or pieces of a long one. */
    @FunctionalInterface
    public interface Sink {
        /** The next piece of the log; false to stop reading (the rest is not downloaded). */
        boolean text(String piece) throws IOException;
    }

    private StepOutput() {
    }

    /**
     * Reads {@code in} to the end of the array, or until {@code sink} says stop; does not close it.
     * A body that is not a JSON array of objects, or JSON that breaks off, is an
     * {@link ApiException} (exit 1) about {@code what}; a connection that fails or ends before the
     * array does is one with exit 9. What {@code sink} throws passes through as it is.
     */
    public static void read(InputStream in, String what, Sink sink) throws IOException {
        BufferedInputStream body = new BufferedInputStream(in, 64 * 1024);
        body.mark(SNIPPET * 4);
        byte[] head;
        try {
            head = body.readNBytes(SNIPPET * 4);
            body.reset();
        } catch (IOException e) {
            throw broken(what, e);
        }
        Reader reader = new Reader(what, head, sink);
        JsonParser parser = Json.mapper().getFactory().createParser(body);
        parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        try (parser) {
            JsonToken t = reader.next(parser);
            if (t != JsonToken.START_ARRAY) {
                throw reader.notALog(t == null ? "the body was empty" : "got " + describe(t));
            }
            while ((t = reader.next(parser)) != JsonToken.END_ARRAY) {
                if (t != JsonToken.START_OBJECT) {
                    throw reader.notALog(t == null ? "it ends before the array does" : "got " + describe(t) + " in the array");
                }
                while ((t = reader.next(parser)) == JsonToken.FIELD_NAME) {
                    boolean message = "message".equals(parser.currentName());
                    t = reader.next(parser);
                    if (message && t == JsonToken.VALUE_STRING) {
                        if (!reader.message(parser)) {
                            return;
                        }
                    } else {
                        reader.skip(parser);
                    }
                }
            }
        }
    }

    /** The parser's failures, told apart: a broken connection, a body cut short, text that is not JSON. */
    private static final class Reader extends Writer {
        private final String what;
        private final byte[] head;
        private final Sink sink;
        private boolean stopped;

        Reader(String what, byte[] head, Sink sink) {
            this.what = what;
            this.head = head;
            this.sink = sink;
        }

        JsonToken next(JsonParser parser) throws IOException {
            try {
                return parser.nextToken();
            } catch (IOException e) {
                throw failure(e, parser);
            }
        }

        void skip(JsonParser parser) throws IOException {
            try {
                parser.skipChildren();
            } catch (IOException e) {
                throw failure(e, parser);
            }
        }

        /** Hands the current string to the sink in the parser's own pieces (no copy of a long one); false once it said stop. */
        boolean message(JsonParser parser) throws IOException {
            try {
                parser.getText(this);
            } catch (SinkFailure e) {
                throw e.cause;
            } catch (IOException e) {
                throw failure(e, parser);
            }
            return !stopped;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            if (stopped || len == 0) {
                return;
            }
            try {
                stopped = !sink.text(new String(buf, off, len));
            } catch (IOException e) {
                throw new SinkFailure(e);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        private ApiException failure(IOException e, JsonParser parser) {
            if (e instanceof StreamConstraintsException) {
                return new ApiException(ExitCode.ERROR, 200, what + " holds a message too large to read ("
                        + Text.quoteForMessage(String.valueOf(((StreamConstraintsException) e).getOriginalMessage())) + ")", null, e);
            }
            if (e instanceof JsonEOFException || String.valueOf(e.getMessage()).startsWith("Unexpected end-of-input")) {
                return new ApiException(ExitCode.UNAVAILABLE, 200, what + " was cut short: it ends before its JSON does",
                        "try again", e);
            }
            if (e instanceof JsonParseException) {
                long at = parser.currentLocation().getByteOffset();
                return at <= head.length
                        ? notALog("not JSON")
                        : new ApiException(ExitCode.ERROR, 200, what + " is not valid JSON after " + at + " bytes", null, e);
            }
            return broken(what, e);
        }

        ApiException notALog(String why) {
            String start = Text.quoteForMessage(HttpErrors.utf8Prefix(head, head.length).strip()
                    .codePoints().limit(SNIPPET)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
            return new ApiException(ExitCode.ERROR, 200, what + " is not CircleCI step output (a JSON array of messages): "
                    + why + (start.isEmpty() ? "" : "; it starts \"" + start + "\""), null);
        }
    }

    /** Carries the sink's own exception out through the parser. */
    private static final class SinkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final IOException cause;

        SinkFailure(IOException cause) {
            super(null, null, false, false);
            this.cause = cause;
        }
    }

    private static ApiException broken(String what, IOException e) {
        return new ApiException(ExitCode.UNAVAILABLE, 0, "the connection broke while reading " + what
                + " (" + Text.quoteForMessage(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")",
                "try again", e);
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : "\"" + t.asString() + "\"";
        };
    }
}
