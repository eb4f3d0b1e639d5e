package dev.circleview.api.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * The one JSON mapper, built once on first use: snake_case names as the API spells them, unknown
 * fields ignored, nulls tolerated. A known field that arrives with another type than documented
 * (CircleCI has changed types without notice) is read as null rather than failing the whole answer;
 * only the answer's own shape (a list where a list belongs, objects in it) must be right. No module
 * scanning (it costs start-up time).
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .addHandler(new FieldTypeTolerance())
            .build();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads a field of an unexpected type as null; anything outside an object's fields stays an error. */
    private static final class FieldTypeTolerance extends DeserializationProblemHandler {
        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                            String failureMsg) throws IOException {
            if (!isField(p, t)) {
                return NOT_HANDLED;
            }
            p.skipChildren();
            return null;
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass, ValueInstantiator inst,
                                                JsonParser p, String msg) throws IOException {
            return handleUnexpectedToken(ctxt, ctxt.constructType(instClass), p.currentToken(), p, msg);
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                             String failureMsg) {
            return isField(ctxt.getParser(), JsonToken.VALUE_STRING) ? null : NOT_HANDLED;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                                             String failureMsg) {
            return isField(ctxt.getParser(), JsonToken.VALUE_NUMBER_INT) ? null : NOT_HANDLED;
        }

        /** Whether the current value is the value of an object's field (for a start token, the context it opens is skipped). */
        private static boolean isField(JsonParser p, JsonToken t) {
            JsonStreamContext context = p.getParsingContext();
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                context = context.getParent();
            }
            return context != null && context.inObject();
        }
    }
}
