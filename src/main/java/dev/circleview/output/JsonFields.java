package dev.circleview.output;

import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.circleview.api.model.Json;

import java.util.List;

/** The top-level fields a type is written with in JSON (its names in docs/json.md), for {@code --json FIELDS}. */
public final class JsonFields {
    private JsonFields() {
    }

    /** The names the JSON mapper writes {@code type}'s properties under, in its order. */
    public static List<String> of(Class<?> type) {
        return Json.mapper().getSerializationConfig().introspect(Json.mapper().constructType(type)).findProperties().stream()
                .map(BeanPropertyDefinition::getName).toList();
    }
}
