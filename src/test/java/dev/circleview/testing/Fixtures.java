package dev.circleview.testing;

import dev.circleview.api.model.BuildDetail;
import dev.circleview.api.model.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The API answers under {@code src/test/resources/api}, read as the client reads them. */
public final class Fixtures {
    private Fixtures() {
    }

    /** {@code api/NAME.json} as one build's details. */
    public static BuildDetail buildDetail(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/api/" + name + ".json")) {
            return Json.mapper().readValue(in, BuildDetail.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
