package dev.circleview.fuzz;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.circleview.api.model.Build;
import dev.circleview.api.model.Json;
import dev.circleview.output.BuildTable;
import dev.circleview.output.JsonOutput;
import dev.circleview.term.DisplayWidth;
import dev.circleview.term.Terminal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * API answers, bound to records and put through every renderer: the table at any width, with and
 * without colour and headers; the piped lines; {@code --json}. Whatever the server sent, nothing
 * throws, nothing is wider than the terminal, and nothing but circle-view's own SGR codes reaches it.
 */
class BuildRenderingFuzzTest {
    private static final TypeReference<List<Build>> BUILDS = new TypeReference<>() {
    };
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Provide
    Arbitrary<ArrayNode> typeCorrect() {
        return FuzzArbitraries.typeCorrectBuilds();
    }

    @Provide
    Arbitrary<ArrayNode> anyTyped() {
        return FuzzArbitraries.anyTypedBuilds();
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZoneOffset.UTC, ZoneOffset.MIN, ZoneOffset.MAX, ZoneId.of("America/New_York"),
                ZoneId.of("Asia/Kolkata"), ZoneId.of("Pacific/Kiritimati"));
    }

    @Property(tries = 400)
    void typeCorrectAnswersBindAndRenderSafely(@ForAll("typeCorrect") ArrayNode answer,
                                               @ForAll @IntRange(min = 1, max = 400) int width,
                                               @ForAll("zones") ZoneId zone) throws IOException {
        List<Build> builds = Json.mapper().readValue(Json.mapper().writeValueAsBytes(answer), BUILDS);

        assertEquals(answer.size(), builds.size());
        assertRendersSafely(builds, width, zone);
    }

    @Property(tries = 300)
    void wronglyTypedAnswersAreRefusedByJacksonOrRenderSafely(@ForAll("anyTyped") ArrayNode answer,
                                                              @ForAll @IntRange(min = 1, max = 400) int width,
                                                              @ForAll("zones") ZoneId zone) throws IOException {
        List<Build> builds;
        try {
            builds = Json.mapper().readValue(Json.mapper().writeValueAsBytes(answer), BUILDS);
        } catch (JacksonException wrongType) {
            return;
        }
        // the client drops null elements before anything renders them
        assertRendersSafely(builds.stream().filter(Objects::nonNull).toList(), width, zone);
    }

    private static void assertRendersSafely(List<Build> builds, int requestedWidth, ZoneId zone) throws IOException {
        BuildTable table = new BuildTable(NOW, () -> zone);
        // the width a command is given, clamped as the terminal clamps it
        int width = Terminal.forTest(new StringWriter(), new StringWriter(), true, false, requestedWidth).width();
        for (boolean color : new boolean[] {false, true}) {
            for (boolean headers : new boolean[] {false, true}) {
                List<String> lines = table.table(builds, width, color, color, headers);
                String shape = "table, width " + width + (color ? ", colour" : "") + (headers ? ", headers" : "");
                assertEquals(builds.size() + (headers ? 1 : 0), lines.size(), shape);
                for (String line : lines) {
                    String plain = TextChecks.stripOwnSgr(TextChecks.stripOwnLinks(line));
                    if (!color) {
                        assertEquals(line, plain, shape + ": escape codes with colour off");
                    }
                    TextChecks.assertSafe(shape, plain, "");
                    assertTrue(DisplayWidth.of(plain) <= width,
                            () -> shape + ": " + DisplayWidth.of(plain) + " columns: " + TextChecks.visible(plain));
                }
            }
        }

        List<String> piped = table.piped(builds);
        assertEquals(builds.size(), piped.size(), "piped lines");
        for (String line : piped) {
            TextChecks.assertSafe("piped", line, "\t");
            assertEquals(9, line.chars().filter(c -> c == '\t').count(), () -> "tabs in " + TextChecks.visible(line));
        }

        StringWriter out = new StringWriter();
        JsonOutput.write(out, builds);
        String json = out.toString();
        TextChecks.assertSafe("json", json, "\n");
        assertTrue(json.endsWith("\n"));
        JsonNode tree = Json.mapper().readTree(json);
        assertTrue(tree.isArray(), "json is an array");
        assertEquals(builds.size(), tree.size(), "json elements");
        assertEquals(builds, Json.mapper().readValue(json, BUILDS), "json reads back as the same builds");
        assertFalse(json.contains("\u001b"));
    }
}
