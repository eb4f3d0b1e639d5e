package dev.circleview.build.logs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.circleview.api.model.BuildDetail;
import dev.circleview.api.model.Json;
import dev.circleview.core.ExitCode;
import dev.circleview.term.Terminal;
import dev.circleview.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Step logs as {@code build NUMBER --log} prints them, from a log made of everything a terminal
 * must not be handed raw (src/test/resources/api/output-hostile.json: colour, a title, an OSC 8
 * link, cursor movement, a progress line redrawn with carriage returns, a bell, bidi overrides,
 * sequences and CR LF split between messages), compared with reviewed golden files.
 */
class BuildLogsGoldenTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern SGR = Pattern.compile("\u001b\\[[0-9;]*m");

    @TempDir
    Path temp;

    private static String resource(String name) {
        try (InputStream in = BuildLogsGoldenTest.class.getResourceAsStream("/api/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Build #4814 on two containers: a step without output, then "Run tests" (hostile log on 0, plain on 1). */
    private static BuildDetail build() {
        ObjectNode b = MAPPER.createObjectNode().put("build_num", 4814).put("status", "failed").put("parallel", 2);
        ArrayNode steps = b.putArray("steps");
        ObjectNode spinUp = steps.addObject().put("name", "Spin up environment");
        spinUp.putArray("actions").addObject().put("step", 0).put("index", 0).put("status", "success").put("has_output", false);
        ObjectNode tests = steps.addObject().put("name", "Run \u001b[31mtests\u0007");
        ArrayNode actions = tests.putArray("actions");
        actions.addObject().put("step", 101).put("index", 0).put("status", "failed").put("exit_code", 1)
                .put("has_output", true).put("output_url", "https://s3.example/hostile");
        actions.addObject().put("step", 101).put("index", 1).put("status", "success").put("exit_code", 0)
                .put("has_output", true).put("output_url", "https://s3.example/plain").put("truncated", true);
        return Json.mapper().convertValue(b, BuildDetail.class);
    }

    private static final Map<String, String> LOGS = Map.of(
            "https://s3.example/hostile", resource("output-hostile.json"),
            "https://s3.example/plain", "[{\"message\":\"line one\\nline two\\n\"},{\"message\":\"line three\\n\"}]");

    private String render(boolean terminal, boolean color, long limit) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        BuildLogs.Source source = new BuildLogs.Source() {
            @Override
            public InputStream open(String outputUrl, String what) {
                return new ByteArrayInputStream(LOGS.get(outputUrl).getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public BuildDetail refetch() {
                throw new AssertionError("no link expires here");
            }
        };
        ExitCode code = new BuildLogs(source, 4814, Terminal.forTest(out, err, terminal, color, 80), temp)
                .print(build(), new BuildLogs.Options(List.of(), List.of(), false, limit));
        assertEquals(ExitCode.OK, code, err::toString);
        assertEquals("", err.toString());
        return out.toString();
    }

    @Test
    void terminalWithColourKeepsOnlyTheLogsColourAndOurStyling() {
        String text = render(true, true, LogSelection.DEFAULT_LIMIT);
        assertFalse(SGR.matcher(text).replaceAll("").contains("\u001b"), "only SGR escape codes");
        Golden.assertMatches("logs-4814-color", text);
    }

    @Test
    void terminalWithoutColourHasNoEscapeCodes() {
        String text = render(true, false, LogSelection.DEFAULT_LIMIT);
        assertClean(text);
        Golden.assertMatches("logs-4814", text);
    }

    @Test
    void pipedIsTheSameTextAsTheTerminalWithoutColour() {
        String text = render(false, false, LogSelection.DEFAULT_LIMIT);
        assertClean(text);
        assertEquals(render(true, false, LogSelection.DEFAULT_LIMIT), text);
        assertEquals(SGR.matcher(render(true, true, LogSelection.DEFAULT_LIMIT)).replaceAll(""), text);
        Golden.assertMatches("logs-4814-piped", text);
    }

    @Test
    void aLogCutAtTheLimitEndsInAMarker() {
        Golden.assertMatches("logs-4814-cut", render(false, false, 200));
        Golden.assertMatches("logs-4814-cut-color", render(true, true, 200));
    }

    @Test
    void nothingIsLeftInTheTemporaryFolder() throws IOException {
        render(false, false, LogSelection.DEFAULT_LIMIT);
        try (var files = Files.list(temp)) {
            assertEquals(List.of(), files.toList());
        }
    }

    /** No control character but newline and tab, and no bidi control. */
    private static void assertClean(String text) {
        text.codePoints().forEach(cp -> assertTrue(cp == '\n' || cp == '\t' || !dev.circleview.core.Text.isUnsafe(cp),
                () -> String.format("U+%04X in %s", cp, text)));
    }
}
