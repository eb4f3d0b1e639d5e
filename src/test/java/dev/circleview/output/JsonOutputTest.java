package dev.circleview.output;

import dev.circleview.testing.SampleBuilds;
import com.fasterxml.jackson.databind.JsonNode;
import dev.circleview.api.model.Build;
import dev.circleview.api.model.Json;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static dev.circleview.testing.TestBuild.build;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonOutputTest {

    private static String write(Object value) {
        StringWriter out = new StringWriter();
        JsonOutput.write(out, value);
        return out.toString();
    }

    @Test
    void buildWithSnakeCaseNamesAndNullsKept() {
        Build b = build(1984, "failed").subject("Fix it").retryOf(1983).workflow("build-and-test", "test")
                .branch("main").revision("f0f0f0f").login("alice").start("2026-11-28T11:50:00Z").millis(5000L).get();
        assertEquals("""
                {
                  "build_num": 1984,
                  "status": "failed",
                  "lifecycle": null,
                  "outcome": null,
                  "subject": "Fix it",
                  "retry_of": 1983,
                  "job_name": null,
                  "workflows": {
                    "workflow_id": "wf-1984",
                    "workflow_name": "build-and-test",
                    "job_name": "test",
                    "job_id": "job-1984"
                  },
                  "branch": "main",
                  "vcs_tag": null,
                  "vcs_revision": "f0f0f0f",
                  "username": null,
                  "reponame": null,
                  "vcs_type": null,
                  "build_url": null,
                  "user": {
                    "login": "alice",
                    "name": null,
                    "is_user": true,
                    "avatar_url": null
                  },
                  "author_name": null,
                  "committer_name": null,
                  "why": null,
                  "queued_at": null,
                  "start_time": "2026-11-28T11:50:00Z",
                  "stop_time": null,
                  "build_time_millis": 5000,
                  "parallel": null,
                  "platform": null,
                  "dont_build": null,
                  "messages": null
                }
                """, write(b));
    }

    @Test
    void emptyList() {
        assertEquals("[]\n", write(List.of()));
    }

    @Test
    void layout() {
        assertEquals("[\n  {\n    \"a\": 1,\n    \"b\": [\n      \"x\",\n      null\n    ]\n  },\n  {\n    \"c\": {}\n  }\n]\n",
                write(List.of(new java.util.TreeMap<>(Map.of("a", 1, "b", java.util.Arrays.asList("x", null))), Map.of("c", Map.of()))));
    }

    @Test
    void listOfBuilds() {
        String json = write(List.of(build(1, "success").get(), build(2, null).get()));
        assertTrue(json.startsWith("[\n  {\n    \"build_num\": 1,\n    \"status\": \"success\",\n"), json);
        assertTrue(json.contains("\n  },\n  {\n    \"build_num\": 2,\n    \"status\": null,\n"), json);
        assertTrue(json.endsWith("\n    \"messages\": null\n  }\n]\n"), json);
        assertEquals(-1, json.indexOf('\r'));
    }

    @Test
    void derivedValuesAreNotWritten() throws Exception {
        JsonNode node = Json.mapper().readTree(write(build(1, "success").workflow("w", "j").login("alice").get()));
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("build_num", "status", "lifecycle", "outcome", "subject", "retry_of", "job_name", "workflows",
                "branch", "vcs_tag", "vcs_revision", "username", "reponame", "vcs_type", "build_url", "user", "author_name",
                "committer_name", "why", "queued_at", "start_time", "stop_time", "build_time_millis", "parallel", "platform", "dont_build", "messages"),
                names);
    }

    @Test
    void controlCharactersAreEscaped() {
        String json = write(Map.of("subject", "a\u001b[31mb\u0007c\u0000d\ne\tf\rg\"h\\i"));
        assertEquals("{\n  \"subject\": \"a\\u001B[31mb\\u0007c\\u0000d\\ne\\tf\\rg\\\"h\\\\i\"\n}\n", json);
    }

    @Test
    void delC1AndBidiControlsAreEscapedToo() {
        String json = write(Map.of("subject", "a\u007fb\u009b2Jc\u009d0;t\u009cd\u0085e\u202ef\u2066g\u200fh\u061ci"));
        assertEquals("{\n  \"subject\": \"a\\u007Fb\\u009B2Jc\\u009D0;t\\u009Cd\\u0085e\\u202Ef\\u2066g\\u200Fh\\u061Ci\"\n}\n", json);
    }

    @Test
    void otherTextIsWrittenAsItIs() {
        String json = write(Map.of("subject", "修复 🚀 café e\u0301 ½"));
        assertEquals("{\n  \"subject\": \"修复 🚀 café e\u0301 ½\"\n}\n", json);
    }

    @Test
    void outputIsPlainAsciiSafeAndReadsBack() throws Exception {
        String hostile = SampleBuilds.HOSTILE_SUBJECT + "\u009b31m\u202e";
        String json = write(build(7, "failed").subject(hostile).get());
        json.chars().forEach(c -> assertTrue(c == '\n' || (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f)
                && !(c >= 0x202a && c <= 0x202e)), () -> String.format("raw U+%04X in %s", c, json)));
        JsonNode node = Json.mapper().readTree(json);
        assertEquals(hostile, node.get("subject").asText());
        Build back = Json.mapper().readValue(json, Build.class);
        assertEquals(7, back.buildNum());
        assertEquals(hostile, back.subject());
    }
}
