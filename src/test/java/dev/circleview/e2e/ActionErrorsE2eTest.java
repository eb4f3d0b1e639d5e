package dev.circleview.e2e;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.circleview.e2e.E2e.JSON;
import static dev.circleview.e2e.E2e.PROJECT_PATH;
import static dev.circleview.e2e.E2e.SLUG;
import static dev.circleview.e2e.E2e.assertNoRequest;
import static dev.circleview.e2e.E2e.assertOneErrorLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How {@code retry}, {@code cancel} and {@code trigger} fail: each POST is sent exactly once whatever
 * happens (CircleCI may have acted on a request whose answer was lost), every failure is one line on
 * stderr with the documented exit code, and a bad build number never becomes a request.
 */
class ActionErrorsE2eTest {
    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    private TestContext context;

    private TestContext.Result run(String args) {
        if (context == null) {
            context = E2e.context(wm, dir);
        }
        return context.run((args + " -p " + SLUG).split(" "));
    }

    private void answer(String path, ResponseDefinitionBuilder response) {
        wm.stubFor(post(urlEqualTo(PROJECT_PATH + path)).willReturn(response));
    }

    /** One POST to {@code path}, no other request, and no wait for a retry. */
    /** Each command that acts on CircleCI, and the path it POSTs to. */
    static Stream<Arguments> actions() {
        return Stream.of(
                Arguments.of("retry 41", "/41/retry"),
                Arguments.of("retry 41 --ssh", "/41/ssh"),
                Arguments.of("cancel 41", "/41/cancel"),
                Arguments.of("trigger -b main", "/tree/main"));
    }

    private void assertSentOnce(String path) {
        wm.verify(1, postRequestedFor(urlEqualTo(PROJECT_PATH + path)));
        wm.verify(1, anyRequestedFor(anyUrl()));
        assertTrue(context.sleeps().isEmpty(), () -> "waited to retry: " + context.sleeps());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void aServerErrorIsSentOnceAndExits9(String args, String path) {
        answer(path, aResponse().withStatus(500).withHeader("Content-Type", JSON).withBody("{\"message\": \"oops\"}"));

        TestContext.Result r = run(args);

        assertOneErrorLine(r, 9);
        assertEquals("circle-view: CircleCI is unavailable (HTTP 500): oops; it was sent once and not repeated, and "
                + "CircleCI may have acted on it: check with 'circle-view builds' before trying again\n", r.stderr());
        assertSentOnce(path);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void rateLimitingIsSentOnceAndExits9(String args, String path) {
        answer(path, aResponse().withStatus(429).withHeader("Retry-After", "2"));

        TestContext.Result r = run(args);

        assertOneErrorLine(r, 9);
        assertEquals("circle-view: CircleCI is limiting requests (HTTP 429); try again in 2 s\n", r.stderr());
        assertSentOnce(path);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void aConnectionResetIsSentOnceAndExits9(String args, String path) {
        answer(path, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        TestContext.Result r = run(args);

        assertOneErrorLine(r, 9);
        assertTrue(r.stderr().contains("; it was sent once and not repeated, and CircleCI may have acted on it"), r::toString);
        assertSentOnce(path);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actions")
    void unauthorizedExits4(String args, String path) {
        answer(path, aResponse().withStatus(401).withHeader("Content-Type", JSON).withBody("{\"message\": \"You must log in first.\"}"));

        TestContext.Result r = run(args);

        assertOneErrorLine(r, 4);
        assertTrue(r.stderr().startsWith("circle-view: CircleCI rejected the token (HTTP 401): You must log in first; "),
                r::toString);
        assertSentOnce(path);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "retry 41         | /41/retry       | build #41 of github/acme/svc",
            "retry 41 --ssh   | /41/ssh         | build #41 of github/acme/svc",
            "cancel 41        | /41/cancel      | build #41 of github/acme/svc",
            "trigger -b main  | /tree/main      | project github/acme/svc"})
    void notFoundExits5(String args, String path, String what) {
        answer(path, aResponse().withStatus(404).withHeader("Content-Type", JSON).withBody("{\"message\": \"Build not found\"}"));

        TestContext.Result r = run(args);

        assertOneErrorLine(r, 5);
        assertTrue(r.stderr().startsWith("circle-view: " + what + " not found on CircleCI (HTTP 404): Build not found; "),
                r::toString);
        assertSentOnce(path);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0", "00", "-1", "-0", "+5", "2147483648", "99999999999999999999", "abc", "4x", "1.5", "1e3",
            "1/2", "../41", "..", ".", "%2F", "41%2F..", "41?x", " 41", "41 ", "4 1", "\t41", "41\n", "\u001b[2J41",
            "41\u0000", "#", "##41", "", "\u0664\u0661", "\uff14\uff11"})
    void aBadBuildNumberIsAUsageErrorAndNoRequest(String number) {
        for (String command : new String[]{"retry", "cancel"}) {
            // "--" so that a leading "-" is taken as the number, not as an option
            TestContext.Result r = E2e.context(wm, dir).run(command, "-p", SLUG, "--", number);
            assertOneErrorLine(r, 2);
            assertTrue(r.stderr().startsWith("circle-view: invalid build number \""), r::toString);
            TestContext.Result asOption = E2e.context(wm, dir).run(command, number, "-p", SLUG);
            assertOneErrorLine(asOption, 2);
        }
        assertNoRequest(wm);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"retry", "cancel"})
    void aBadBuildNumberIsReportedBeforeTheProjectIsLookedFor(String command) {
        // no catalog file here: a missing project would exit 3
        TestContext.Result r = E2e.context(wm, dir).run(command, "x41");

        assertOneErrorLine(r, 2);
        assertNoRequest(wm);
    }
}
