package dev.circleview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.term.DisplayWidth;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.circleview.e2e.E2e.FIRST_PAGE;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.PROJECT_PATH;
import static dev.circleview.e2e.E2e.SLUG;
import static dev.circleview.e2e.E2e.assertNoRequest;
import static dev.circleview.e2e.E2e.assertOneErrorLine;
import static dev.circleview.e2e.E2e.assertOnlyRequest;
import static dev.circleview.e2e.E2e.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What scripts ask for: --json with fields, --jq, and the coloured table when colour is forced on a pipe. */
class ScriptingE2eTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    private TestContext.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("-p", SLUG));
        return E2e.context(wm, dir).run(all.toArray(String[]::new));
    }

    private static void stubList() {
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(okForContentType(JSON, fixture("builds-30.json"))));
    }

    @Test
    void jsonWithFieldsHasOnlyThoseInThatOrder() throws Exception {
        stubList();

        TestContext.Result r = run("builds", "--json", "status,build_num,user");

        assertEquals(0, r.exitCode(), r::toString);
        JsonNode got = MAPPER.readTree(r.stdout());
        JsonNode all = MAPPER.readTree(fixture("builds-30.json"));
        assertEquals(all.size(), got.size());
        for (int i = 0; i < got.size(); i++) {
            List<String> names = new ArrayList<>();
            got.get(i).fieldNames().forEachRemaining(names::add);
            assertEquals(List.of("status", "build_num", "user"), names);
            assertEquals(all.get(i).get("build_num"), got.get(i).get("build_num"));
            assertEquals(all.get(i).get("status"), got.get(i).get("status"));
            assertEquals(all.get(i).get("user").get("login"), got.get(i).get("user").get("login"));
        }
        assertOnlyRequest(wm, FIRST_PAGE);
    }

    @Test
    void anUnknownFieldIsAUsageErrorThatNamesItAndTheFieldsThereAreBeforeAnyRequest() {
        TestContext.Result r = run("builds", "--json", "build_num,nope");

        assertOneErrorLine(r, 2);
        assertTrue(r.stderr().contains("unknown JSON field \"nope\""), r::toString);
        assertTrue(r.stderr().contains("the fields are: build_num, status,") && r.stderr().contains("build_url"), r::toString);
        assertNoRequest(wm);
    }

    @Test
    void jqPrintsStringsRawOnePerLine() throws Exception {
        stubList();

        TestContext.Result r = run("builds", "--jq", ".[] | select(.status == \"failed\") | .vcs_revision");

        assertEquals(0, r.exitCode(), r::toString);
        List<String> want = new ArrayList<>();
        for (JsonNode b : MAPPER.readTree(fixture("builds-30.json"))) {
            if ("failed".equals(b.path("status").asText())) {
                want.add(b.get("vcs_revision").asText());
            }
        }
        assertTrue(!want.isEmpty());
        assertEquals(want, r.stdoutLines());
    }

    @Test
    void jqPrintsOtherValuesAsCompactJson() {
        stubList();

        TestContext.Result r = run("builds", "--json", "build_num,status", "--jq", ".[0], (.[0:2] | map(.build_num)), length");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(List.of("{\"build_num\":1230,\"status\":\"success\"}", "[1230,1229]", "30"), r.stdoutLines());
    }

    @ParameterizedTest
    @ValueSource(strings = {".[", "map(", ".a |", "{a: }"})
    void aBadExpressionIsAUsageErrorWithTheParsersMessageAndNoRequest(String expression) {
        TestContext.Result r = run("builds", "--jq", expression);

        assertOneErrorLine(r, 2);
        assertTrue(r.stderr().startsWith("circle-view: invalid --jq expression"), r::toString);
        assertNoRequest(wm);
    }

    /** jq finds out only on the data that a field cannot be taken from a list, or that a function does not exist. */
    @ParameterizedTest
    @ValueSource(strings = {".build_num", ".[] | frobnicate"})
    void anExpressionThatFailsOnTheDataIsOneErrorLine(String expression) {
        stubList();

        TestContext.Result r = run("builds", "--jq", expression);

        assertOneErrorLine(r, 2);
        assertTrue(r.stderr().contains("failed on the JSON"), r::toString);
    }

    @Test
    void jqKeepsTheCommandsExitCode() {
        String failed = "[{\"build_num\": 4812, \"status\": \"failed\", \"lifecycle\": \"finished\", \"branch\": \"main\"}]";
        wm.stubFor(get(urlEqualTo(PROJECT_PATH + "/tree/main?limit=5&offset=0")).willReturn(okForContentType(JSON, failed)));

        TestContext.Result r = run("status", "-b", "main", "--json", "--jq", ".status");

        assertEquals(6, r.exitCode(), r::toString);
        assertEquals("failed\n", r.stdout());
    }

    @Test
    void jsonBeforeTheBuildNumberLeavesTheNumberToTheCommand() throws Exception {
        wm.stubFor(get(urlEqualTo(PROJECT_PATH + "/4810")).willReturn(okForContentType(JSON, fixture("build-4810-parallel.json"))));

        TestContext.Result r = run("build", "--json", "4810");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(4810, MAPPER.readTree(r.stdout()).get("build_num").asInt());
    }

    @Test
    void aStringOfEscapeCodesFromJqIsMadeSafeOnATerminalOnly() {
        String hostile = "[{\"build_num\": 1, \"status\": \"success\", \"subject\": \"red \\u001b[31mtext\\u001b]8;;x\\u0007\"}]";
        wm.stubFor(get(urlEqualTo(FIRST_PAGE)).willReturn(okForContentType(JSON, hostile)));

        TestContext.Result piped = run("builds", "--jq", ".[0].subject");
        TestContext.Result terminal = E2e.context(wm, dir).terminal(true, false, 80).run("builds", "--jq", ".[0].subject", "-p", SLUG);

        assertEquals("red \u001b[31mtext\u001b]8;;x\u0007\n", piped.stdout(), "a script gets the text as it is");
        assertTrue(!terminal.stdout().contains("\u001b") && !terminal.stdout().contains("\u0007"), terminal::toString);
    }

    /** {@code --color=always} on a pipe 100 columns wide (what COLUMNS=100 gives a real pipe): the coloured table, as wide as that. */
    @Test
    void colourForcedOnAPipePrintsTheColouredTable() {
        stubList();

        TestContext.Result always = E2e.context(wm, dir).terminal(false, false, 100).run("--color=always", "builds", "-p", SLUG);
        TestContext.Result plain = E2e.context(wm, dir).terminal(false, false, 100).run("builds", "-p", SLUG);

        assertEquals(0, always.exitCode(), always::toString);
        List<String> lines = always.stdoutLines();
        assertEquals(31, lines.size(), "a header and 30 rows");
        assertTrue(lines.get(0).contains("STATUS") && always.stdout().contains("\u001b[") && !always.stdout().contains("\t"), always::toString);
        int widest = lines.stream().mapToInt(l -> DisplayWidth.of(l.replaceAll("\u001b\\[[0-9;]*m|\u001b]8;;[^\u001b]*\u001b\\\\", ""))).max().orElseThrow();
        assertTrue(widest > 80 && widest <= 100, "as wide as the 100 columns allow: " + widest);
        assertEquals(fixture("builds-30.tsv"), plain.stdout(), "piped without colour: tab-separated as ever");
    }
}
