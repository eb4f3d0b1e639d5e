package dev.circleview.api.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link BuildListReader} reads every answer exactly as data binding does: the usual ones itself
 * (and these tests check that it does), the others by handing them to the mapper. Each case
 * compares the two: the same builds, or the same exception with the same message.
 */
class BuildListReaderTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Values of every kind, put in each known field in turn. */
    private static final List<JsonNode> VALUES = List.of(
            NODES.textNode("text"), NODES.textNode(""), NODES.textNode("12"), NODES.textNode(" 7 "), NODES.textNode("null"),
            NODES.textNode("true"), NODES.textNode("2026-11-28T10:59:00Z"), NODES.numberNode(42), NODES.numberNode(-1),
            NODES.numberNode(3_000_000_000L), NODES.numberNode(new java.math.BigInteger("99999999999999999999")),
            NODES.numberNode(1.5), NODES.numberNode(0.0), NODES.booleanNode(true), NODES.booleanNode(false), NODES.nullNode(),
            NODES.objectNode(), NODES.objectNode().put("login", "bob").put("job_name", "test"), NODES.arrayNode(),
            NODES.arrayNode().add("one"));

    @Test
    void theUsualAnswersAreReadWithoutDataBindingAndAlike() throws IOException {
        for (String fixture : List.of("builds-30.json")) {
            byte[] body = fixture(fixture);
            List<Build> usual = BuildListReader.usual(body);
            assertNotNull(usual, fixture + " is read by the streaming reader itself");
            assertEquals(bound(body), usual, fixture);
            assertEquals(30, usual.size());
        }
        byte[] training = resource("/dev/circleview/startup/training-builds.json");
        assertNotNull(BuildListReader.usual(training));
        assertEquals(bound(training), BuildListReader.read(training));
    }

    @Test
    void theFieldNamesAreTheRecordsComponentsInOrderAsTheMapperNamesThem() {
        assertEquals(jsonNames(Build.class), List.of(BuildListReader.BUILD_FIELDS));
        assertEquals(jsonNames(User.class), List.of(BuildListReader.USER_FIELDS));
        assertEquals(jsonNames(Workflows.class), List.of(BuildListReader.WORKFLOWS_FIELDS));
    }

    private static List<String> jsonNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(c -> PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(c.getName())).toList();
    }

    @Test
    void missingFieldsNullsAndUnknownFieldsOfAnyKindAreUsual() throws IOException {
        String body = "[{}, null, {\"build_num\": 7, \"status\": null, \"user\": {\"login\": \"al\", \"is_user\": false, \"x\": [1, {}]},"
                + " \"workflows\": {\"job_name\": \"j\"}, \"build_time_millis\": 3000000000, \"extra\": {\"a\": [null, 1.5]},"
                + " \"more\": true}]";
        List<Build> usual = BuildListReader.usual(body.getBytes(StandardCharsets.UTF_8));

        assertNotNull(usual);
        assertEquals(bound(body.getBytes(StandardCharsets.UTF_8)), usual);
        assertEquals(3, usual.size());
        assertNull(usual.get(1));
        assertEquals(3_000_000_000L, usual.get(2).buildTimeMillis());
        assertEquals(Boolean.FALSE, usual.get(2).user().isUser());
    }

    @Test
    void everyKindOfValueInEveryKnownFieldReadsAsDataBindingReadsIt() throws IOException {
        ObjectNode base = (ObjectNode) Json.mapper().readTree(fixture("builds-30.json")).get(0);
        List<String> paths = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : base.properties()) {
            paths.add(field.getKey());
        }
        paths.addAll(List.of("user.login", "user.name", "user.is_user", "user.avatar_url", "workflows.workflow_id",
                "workflows.workflow_name", "workflows.job_name", "workflows.job_id", "absent_field"));
        int cases = 0;
        for (String path : paths) {
            for (JsonNode value : VALUES) {
                ObjectNode build = base.deepCopy();
                String[] parts = path.split("\\.");
                ObjectNode parent = parts.length == 1 ? build : (ObjectNode) build.get(parts[0]);
                parent.set(parts[parts.length - 1], value);
                ArrayNode list = NODES.arrayNode().add(build);
                assertSameReading(Json.mapper().writeValueAsBytes(list), path + " = " + value);
                cases++;
            }
        }
        assertTrue(cases > 1000, "cases: " + cases);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "null", "{}", "\"builds\"", "42", "true", "[1]", "[\"x\"]", "[[]]", "[true]", "[{}] [{}]",
            "[{}] trailing", "[{\"build_num\": 1, \"build_num\": 2}]", "[{\"user\": {\"login\": \"a\", \"login\": \"b\"}}]",
            "[{\"build_num\": 1", "[{\"status\": }]", "[{\"status\": \"ok\"},]", "[{'status': 'ok'}]", "<html>oops</html>",
            "[{\"build_num\": 1e3}]", "[{\"build_num\": 01}]", "[{\"status\": \"\\u0000\\u001b[31m\"}]", "[{\"user\": null, \"workflows\": null}]"})
    void otherShapesAndMalformedAnswersReadAsDataBindingReadsThem(String body) {
        assertSameReading(body.getBytes(StandardCharsets.UTF_8), body);
    }

    private static void assertSameReading(byte[] body, String what) {
        Object expected;
        try {
            expected = bound(body);
        } catch (IOException e) {
            expected = e.getClass().getName() + ": " + e.getMessage();
        }
        Object got;
        try {
            got = BuildListReader.read(body);
        } catch (IOException e) {
            got = e.getClass().getName() + ": " + e.getMessage();
        }
        assertEquals(expected, got, what);
    }

    private static List<Build> bound(byte[] body) throws IOException {
        return Json.mapper().readValue(body, Json.mapper().getTypeFactory().constructCollectionType(List.class, Build.class));
    }

    private static byte[] fixture(String name) throws IOException {
        return resource("/api/" + name);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BuildListReaderTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
