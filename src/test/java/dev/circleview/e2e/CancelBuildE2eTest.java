package dev.circleview.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.PROJECT_PATH;
import static dev.circleview.e2e.E2e.SLUG;
import static dev.circleview.e2e.E2e.fixture;
import static dev.circleview.e2e.RetryBuildE2eTest.verifyOnePost;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code circle-view cancel} against a real HTTP server: the exact request and what is printed. */
class CancelBuildE2eTest {
    static final String CANCEL = PROJECT_PATH + "/41/cancel";

    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    private static void answer(String body) {
        wm.stubFor(post(urlEqualTo(CANCEL)).willReturn(okForContentType(JSON, body)));
    }

    @Test
    void onATerminalSaysItWasCanceled() {
        answer(fixture("build-canceled.json"));

        TestContext.Result r = E2e.context(wm, dir).terminal(true, false, 100).run("cancel", "41", "-p", SLUG);

        assertAll(r.toString(),
                () -> assertEquals(0, r.exitCode()),
                () -> assertEquals("Canceled #41 (status: canceled)\n", r.stdout()),
                () -> assertEquals("", r.stderr()));
        verifyOnePost(wm, CANCEL);
    }

    @Test
    void colourAndTheLinkOnlyWhenColourIsOn() {
        answer(fixture("build-canceled.json"));

        TestContext.Result coloured = E2e.context(wm, dir).terminal(true, true, 100).run("cancel", "41", "-p", SLUG);

        assertEquals("Canceled \u001b]8;;https://circleci.com/gh/acme/svc/41\u001b\\#41\u001b]8;;\u001b\\ (status: \u001b[90mcanceled\u001b[0m)\n",
                coloured.stdout(), coloured::toString);
    }

    @Test
    void aBuildThatHadFinishedIsSaidToBeUnchanged() {
        answer("{\"build_num\": 41, \"status\": \"success\", \"lifecycle\": \"finished\", \"outcome\": \"success\"}");

        TestContext.Result r = E2e.context(wm, dir).terminal(true, false, 100).run("cancel", "41", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("#41 had already finished (status: success); nothing to cancel\n", r.stdout());
        verifyOnePost(wm, CANCEL);
    }

    @Test
    void aBuildStillStoppingIsSaidToBeAskedToCancel() {
        answer("{\"build_num\": 41, \"status\": \"running\", \"lifecycle\": \"running\"}");

        TestContext.Result r = E2e.context(wm, dir).terminal(true, false, 100).run("cancel", "41", "-p", SLUG);

        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("Asked CircleCI to cancel #41 (status: running)\n", r.stdout());
    }

    @Test
    void pipedPrintsTheBuildAsOneBuildsLine() {
        answer(fixture("build-canceled.json"));

        TestContext.Result r = E2e.context(wm, dir).run("cancel", "41", "-p", SLUG);

        assertAll(r.toString(),
                () -> assertEquals(0, r.exitCode()),
                () -> assertEquals("canceled\t41\tAdd retry to uploader\tdeploy\tbuild-test-deploy\tfeature/login\t"
                        + "a41b7d0e9f8c7b6a5d4e3f2a1b0c9d8e7f6a5b4c\tbob\t2026-11-28T11:50:00Z\t150\n", r.stdout()),
                () -> assertEquals("", r.stderr()));
        verifyOnePost(wm, CANCEL);
    }

    @Test
    void jsonIsTheBuild() throws Exception {
        answer(fixture("build-canceled.json"));

        TestContext.Result r = E2e.context(wm, dir).run("cancel", "#41", "-p", SLUG, "--json");

        assertEquals(0, r.exitCode(), r::toString);
        JsonNode out = new ObjectMapper().readTree(r.stdout());
        assertEquals(41, out.get("build_num").asInt());
        assertEquals("canceled", out.get("status").asText());
        assertEquals("canceled", out.get("outcome").asText());
        assertEquals(27, RetryBuildE2eTest.names(out).size());
        assertTrue(out.path("canceler").isMissingNode(), "unknown fields are not passed through");
        assertFalse(r.stdout().contains("\u001b"));
        verifyOnePost(wm, CANCEL);
    }

    @Test
    void theProjectComesFromTheCatalogFile() throws Exception {
        Files.writeString(dir.resolve("catalog-info.yaml"), E2e.catalog("gh/acme/svc"));
        answer(fixture("build-canceled.json"));

        TestContext.Result r = E2e.context(wm, dir).run("cancel", "41");

        assertEquals(0, r.exitCode(), r::toString);
        verifyOnePost(wm, CANCEL);
    }
}
