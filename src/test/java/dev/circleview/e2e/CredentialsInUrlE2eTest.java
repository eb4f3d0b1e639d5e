package dev.circleview.e2e;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.circleview.testing.TestContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user and password in the API URL, from the flag, the environment or the config file: refused, and never printed, not even with --debug. */
class CredentialsInUrlE2eTest {
    private static final String SECRET = "pa55w0rd-in-the-url";

    @RegisterExtension
    static WireMockExtension wm = E2e.server();

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"flag, false, 2", "flag, true, 2", "env, false, 2", "env, true, 2", "config, false, 3", "config, true, 3"})
    void refusedAndNeverShown(String where, boolean debug, int exitCode) {
        String url = "https://ci-user:" + SECRET + "@ci.example.com/api/v1.1";
        TestContext context = new TestContext(dir).env("CIRCLECI_AUTH_TOKEN", E2e.TOKEN);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("builds", "-p", E2e.SLUG));
        switch (where) {
            case "flag" -> args.addAll(java.util.List.of("--api-url", url));
            case "env" -> context.env("CIRCLE_VIEW_API_URL", url);
            default -> context.env("CIRCLE_VIEW_CONFIG", E2e.config(dir, "target: " + url + "\n", "rw-------").toString());
        }
        if (debug) {
            args.add("--debug");
        }

        TestContext.Result r = context.run(args.toArray(String[]::new));

        assertEquals(exitCode, r.exitCode(), r::toString);
        assertFalse((r.stdout() + r.stderr()).contains(SECRET), r::toString);
        assertTrue(r.stderr().contains("https://***@ci.example.com/api/v1.1"), r::toString);
        E2e.assertNoRequest(wm);
    }
}
