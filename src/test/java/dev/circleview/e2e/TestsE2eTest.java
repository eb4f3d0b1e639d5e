package dev.circleview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.testing.Golden;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.PROJECT_PATH;
import static dev.circleview.e2e.E2e.SLUG;
import static dev.circleview.e2e.E2e.assertOneErrorLine;
import static dev.circleview.e2e.E2e.fixture;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code circle-view tests NUMBER} against a real HTTP server. */
class TestsE2eTest {
    static final String TESTS_PATH = PROJECT_PATH + "/123/tests";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    private static void answer(String body) {
        wm.stubFor(get(urlEqualTo(TESTS_PATH)).willReturn(okForContentType(JSON, body)));
    }

    private TestContext.Result run(String... args) {
        return E2e.context(wm, dir).run(args);
    }

    @Test
    void pipedShowsTheTotalsThenOneLinePerFailedTest() {
        answer(fixture("tests-4810.json"));

        TestContext.Result r = run("tests", "123", "-p", SLUG);

        assertAll(r.toString(),
                () -> assertEquals(0, r.exitCode(), "failed tests are shown with exit 0"),
                () -> assertEquals("", r.stderr()));
        Golden.assertMatches("tests-4810-piped", r.stdout());
        E2e.assertOnlyRequest(wm, TESTS_PATH);
    }

    @Test
    void onATerminalTheTotalsThenEachFailedTestWithTheStartOfItsMessage() {
        answer(fixture("tests-4810.json"));

        TestContext.Result plain = E2e.context(wm, dir).terminal(true, false, 100).run("tests", "123", "-p", SLUG);
        TestContext.Result coloured = E2e.context(wm, dir).terminal(true, true, 100).run("tests", "#123", "-p", SLUG);

        assertEquals(0, plain.exitCode(), plain::toString);
        Golden.assertMatches("tests-4810-100", plain.stdout());
        Golden.assertMatches("tests-4810-color", coloured.stdout());
        assertEquals("", plain.stderr() + coloured.stderr());
    }

    @Test
    void allListsEveryTest() {
        answer(fixture("tests-4810.json"));

        TestContext.Result piped = run("tests", "123", "-p", SLUG, "--all");
        TestContext.Result shown = E2e.context(wm, dir).terminal(true, false, 100).run("tests", "123", "-p", SLUG, "-a");

        assertEquals(0, piped.exitCode(), piped::toString);
        Golden.assertMatches("tests-4810-piped-all", piped.stdout());
        assertEquals(8, piped.stdoutLines().stream().filter(l -> l.startsWith("test\t")).count());
        Golden.assertMatches("tests-4810-all", shown.stdout());
    }

    @Test
    void jsonIsCircleCisAnswerUnderItsOwnNames() throws Exception {
        String body = fixture("tests-4810.json");
        answer(body);

        TestContext.Result r = run("tests", "123", "-p", SLUG, "--json");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stderr());
        JsonNode out = MAPPER.readTree(r.stdout());
        JsonNode in = MAPPER.readTree(body);
        assertEquals(List.of("tests", "exceptions"), names(out));
        assertEquals(8, out.get("tests").size());
        for (int i = 0; i < 8; i++) {
            JsonNode test = out.get("tests").get(i);
            assertEquals(List.of("classname", "file", "name", "result", "run_time", "message", "source", "source_type"), names(test));
            JsonNode sent = in.get("tests").get(i);
            for (String field : names(test)) {
                if (field.equals("run_time")) {
                    // an integer 0 comes out as 0.0: the same number
                    assertEquals(sent.get(field).asDouble(), test.get(field).asDouble(), field);
                } else {
                    assertEquals(sent.get(field), test.get(field), field);
                }
            }
        }
        assertTrue(out.get("tests").get(3).get("file").isNull(), "a null file stays null");
        assertEquals(73.5, out.get("tests").get(3).get("run_time").asDouble());
        assertTrue(r.stdout().contains("\\u001B]0;pwned"), "control characters are escaped, never raw");
        E2e.assertOnlyRequest(wm, TESTS_PATH);
    }

    @Test
    void anAnswerWithoutExceptionsHasAnEmptyListOfThem() throws Exception {
        answer("{\"tests\":[{\"name\":\"t\",\"result\":\"success\",\"run_time\":0,\"surprise\":1}]}");

        TestContext.Result r = run("tests", "123", "-p", SLUG, "--json");

        JsonNode out = MAPPER.readTree(r.stdout());
        assertTrue(out.get("exceptions").isArray() && out.get("exceptions").isEmpty(), r::toString);
        assertTrue(out.get("tests").get(0).get("classname").isNull(), r::toString);
        assertTrue(out.get("tests").get(0).path("surprise").isMissingNode(), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"tests\":[]}", "{\"tests\":[],\"exceptions\":[]}", "{}", "{\"tests\":null}"})
    void noTestMetadataIsAPlainMessageAndExit0(String body) {
        answer(body);

        TestContext.Result r = run("tests", "123", "-p", SLUG);
        TestContext.Result json = run("tests", "123", "-p", SLUG, "--json");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stdout());
        assertEquals("No test results for build #123 of github/acme/svc: CircleCI has them only for jobs that store them"
                + " (store_test_results).\n", r.stderr());
        assertEquals(0, json.exitCode(), json::toString);
        assertEquals("{\n  \"tests\": [],\n  \"exceptions\": []\n}\n", json.stdout());
    }

    @Test
    void aListWhereTheReportBelongsIsAnUnexpectedResponse() {
        answer("[]");

        TestContext.Result r = run("tests", "123", "-p", SLUG);

        assertOneErrorLine(r, 1);
        assertTrue(r.stderr().contains("expected test metadata"), r::toString);
    }

    @Test
    void anUnknownBuildIsExit5() {
        wm.stubFor(get(urlEqualTo(TESTS_PATH)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", JSON).withBody("{\"message\":\"Build not found\"}")));

        TestContext.Result r = run("tests", "123", "-p", SLUG);

        assertOneErrorLine(r, 5);
        assertTrue(r.stderr().contains("the tests of build #123 of github/acme/svc not found"), r::toString);
        E2e.assertOnlyRequest(wm, TESTS_PATH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "2147483648", "abc", "1/2", "../123", "%2F", " 12", "12\n", "\u001b[31m12", "", "#"})
    void aBadBuildNumberIsAUsageErrorAndNoRequest(String number) {
        TestContext.Result r = run("tests", "-p", SLUG, "--", number);

        assertOneErrorLine(r, 2);
        assertTrue(r.stderr().contains("build number"), r::toString);
        E2e.assertNoRequest(wm);
    }

    static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
