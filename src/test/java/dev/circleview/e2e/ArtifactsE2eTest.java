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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.PROJECT_PATH;
import static dev.circleview.e2e.E2e.SLUG;
import static dev.circleview.e2e.E2e.assertOneErrorLine;
import static dev.circleview.e2e.E2e.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code circle-view artifacts NUMBER} (the listing) against a real HTTP server; downloads are in {@link ArtifactDownloadE2eTest}. */
class ArtifactsE2eTest {
    static final String ARTIFACTS_PATH = PROJECT_PATH + "/123/artifacts";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    private static void answer(String body) {
        wm.stubFor(get(urlEqualTo(ARTIFACTS_PATH)).willReturn(okForContentType(JSON, body)));
    }

    private TestContext.Result run(String... args) {
        return E2e.context(wm, dir).run(args);
    }

    @Test
    void pipedIsContainerPathAndAddressPerLine() {
        answer(fixture("artifacts-4810.json"));

        TestContext.Result r = run("artifacts", "123", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stderr());
        Golden.assertMatches("artifacts-4810-piped", r.stdout());
        E2e.assertOnlyRequest(wm, ARTIFACTS_PATH);
    }

    @Test
    void onATerminalATableFittedToTheWidth() {
        answer(fixture("artifacts-4810.json"));

        TestContext.Result wide = E2e.context(wm, dir).terminal(true, false, 120).run("artifacts", "123", "-p", SLUG);
        TestContext.Result narrow = E2e.context(wm, dir).terminal(true, false, 40).run("artifacts", "123", "-p", SLUG);

        assertEquals(0, wide.exitCode(), wide::toString);
        Golden.assertMatches("artifacts-4810-120", wide.stdout());
        Golden.assertMatches("artifacts-4810-40", narrow.stdout());
    }

    @Test
    void jsonHasEveryArtifactUnderTheApiNames() throws Exception {
        String body = fixture("artifacts-4810.json");
        answer(body);

        TestContext.Result r = run("artifacts", "123", "-p", SLUG, "--json");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stderr());
        JsonNode out = MAPPER.readTree(r.stdout());
        JsonNode in = MAPPER.readTree(body);
        assertEquals(4, out.size());
        for (int i = 0; i < 4; i++) {
            assertEquals(List.of("path", "pretty_path", "node_index", "url"), TestsE2eTest.names(out.get(i)));
            assertEquals(in.get(i), out.get(i));
        }
        assertFalse(r.stdout().contains("\u001b"), "escape characters are escaped");
        E2e.assertOnlyRequest(wm, ARTIFACTS_PATH);
    }

    @Test
    void noArtifactsIsAPlainMessageAndExit0() {
        answer("[]");

        TestContext.Result r = run("artifacts", "123", "-p", SLUG);
        TestContext.Result json = run("artifacts", "123", "-p", SLUG, "--json");
        TestContext.Result download = run("artifacts", "123", "-p", SLUG, "--download", "out");

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.stdout());
        assertEquals("No artifacts for build #123 of github/acme/svc\n", r.stderr());
        assertEquals(0, json.exitCode(), json::toString);
        assertEquals("[]\n", json.stdout());
        assertEquals(0, download.exitCode(), download::toString);
        assertEquals("No artifacts for build #123 of github/acme/svc; nothing to download\n", download.stderr());
        assertFalse(Files.exists(dir.resolve("out")), "no folder is made for nothing");
    }

    @Test
    void nullEntriesFieldsOfTheWrongTypeAndUnknownFieldsAreTolerated() {
        answer("[null, {\"path\":\"a.txt\",\"node_index\":\"zero\",\"url\":null,\"size\":12}]");

        TestContext.Result r = run("artifacts", "123", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("\ta.txt\t\n", r.stdout());
    }

    @Test
    void anObjectWhereTheListBelongsIsAnUnexpectedResponse() {
        answer("{\"message\":\"hello\"}");

        TestContext.Result r = run("artifacts", "123", "-p", SLUG);

        assertOneErrorLine(r, 1);
        assertTrue(r.stderr().contains("expected a list of artifacts, got an object"), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "2147483648", "abc", "1/2", "../123", "%2F", " 12", "12\n", "\u001b[31m12", "", "#"})
    void aBadBuildNumberIsAUsageErrorAndNoRequest(String number) {
        TestContext.Result r = run("artifacts", "-p", SLUG, "--", number);

        assertOneErrorLine(r, 2);
        assertTrue(r.stderr().contains("build number"), r::toString);
        E2e.assertNoRequest(wm);
    }

    @Test
    void forceWithoutDownloadAndDownloadWithJsonAreUsageErrorsAndNoRequest() {
        TestContext.Result force = run("artifacts", "123", "-p", SLUG, "--force");
        TestContext.Result json = run("artifacts", "123", "-p", SLUG, "--download", "out", "--json");

        assertOneErrorLine(force, 2);
        assertOneErrorLine(json, 2);
        E2e.assertNoRequest(wm);
    }
}
