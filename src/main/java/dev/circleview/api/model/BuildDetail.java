package dev.circleview.api.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * One build as {@code GET /project/:vcs/:org/:repo/:num} returns it: the fields of a {@link Build}
 * (its {@link #summary()}, read and written at the top level of the object, under the same names and
 * in the same order: the fields are defined once, by {@code Build}), then its {@code steps}. Every
 * field may be null or absent; a missing step list is empty.
 *
 * @param summary the build's fields, with {@link Build}'s helpers (author, job name, duration, ...)
 * @param steps   its steps, in order
 */
@JsonDeserialize(using = BuildDetail.Reader.class)
public record BuildDetail(@JsonUnwrapped Build summary, List<Step> steps) {

    public BuildDetail {
        summary = summary == null ? Build.EMPTY : summary;
        steps = steps == null ? List.of() : steps.stream().filter(Objects::nonNull).toList();
    }

    /** Just the steps of the object: read apart from the build's fields, with the same tolerance. */
    private record Steps(List<Step> steps) {
    }

    /**
     * Reads the object once as a tree, then the build's fields and the steps from it, each as a whole
     * object, so that the mapper's tolerance of fields of another type than documented holds for both
     * (Jackson's own reading of an unwrapped record hands its problem handlers a parser that is no
     * longer inside the object).
     */
    static final class Reader extends StdDeserializer<BuildDetail> {
        private static final long serialVersionUID = 1L;

        Reader() {
            super(BuildDetail.class);
        }

        @Override
        public BuildDetail deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (BuildDetail) ctxt.handleUnexpectedToken(BuildDetail.class, p);
            }
            JsonNode node = p.readValueAsTree();
            ObjectMapper mapper = Json.mapper();
            return new BuildDetail(mapper.treeToValue(node, Build.class), mapper.treeToValue(node, Steps.class).steps());
        }
    }
}
