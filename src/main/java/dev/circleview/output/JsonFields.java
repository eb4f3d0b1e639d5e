package dev.circleview.output;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.circleview.api.model.Json;

import java.util.ArrayList;
import java.util.List;

/** The top-level fields a type is written with in JSON (its names in docs/json.md), for {@code --json FIELDS}. */
public final class JsonFields {
    private JsonFields() {
    }

    /** The names the JSON mapper writes {@code type}'s properties under, in its order; an unwrapped one's own fields in its place. */
    public static List<String> of(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (BeanPropertyDefinition p : Json.mapper().getSerializationConfig().introspect(Json.mapper().constructType(type))
                .findProperties()) {
            if (p.getPrimaryMember() != null && p.getPrimaryMember().hasAnnotation(JsonUnwrapped.class)) {
                names.addAll(of(p.getRawPrimaryType()));
            } else {
                names.add(p.getName());
            }
        }
        return names;
    }
}
