package dev.circleview.doctor;

import dev.circleview.output.JsonOutput;
import dev.circleview.core.ExitCode;
import dev.circleview.doctor.DoctorReport.Check;
import dev.circleview.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The doctor's report from fixed checks (every state, latencies as the context's clock measured them):
 * symbols with and without colour on a UTF-8 terminal, words when piped, and the JSON.
 */
class DoctorReportGoldenTest {
    static List<Check> checks() {
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("url", "https://circleci.com/api/v1.1/me");
        me.put("http_status", null);
        me.put("latency_ms", 212);
        me.put("login", "alice");
        Map<String, Object> listed = new LinkedHashMap<>();
        listed.put("url", "https://circleci.com/api/v1.1/project/github/acme/svc?limit=1&offset=0");
        listed.put("http_status", 404);
        listed.put("latency_ms", 187);
        return List.of(
                Check.ok("java", "Java 17.0.15+6 at /opt/jdk-17; start-up archive app.jsa in use", Map.of("version", "17.0.15+6")),
                Check.ok("config", "/home/me/.config/circle-view/config.yaml: valid", Map.of("found", true)),
                Check.ok("project", "github/acme/svc, from /src/svc/catalog-info.yaml (entity \"svc\")", Map.of("slug", "github/acme/svc")),
                Check.ok("token", "from CIRCLECI_AUTH_TOKEN: 40 characters, ending in 4567", Map.of("last4", "4567")),
                Check.ok("api_me", "GET /me answered in 212 ms; logged in as alice", me),
                Check.fail("api_project", "GET /project/github/acme/svc?limit=1: project github/acme/svc not found on CircleCI "
                        + "(HTTP 404)", "check the slug, and that the token's user can see the project", ExitCode.NOT_FOUND, listed),
                Check.skip("terminal", "not looked at", Map.of()),
                Check.hint("completions", "bash only under /home/me/.local/share", "re-run install.sh, or see "
                        + "'circle-view completion --help'", Map.of("bash", "/home/me/.local/share/bash-completion/completions/circle-view")));
    }

    @ParameterizedTest
    @CsvSource({"true, true, doctor-color", "true, false, doctor-terminal", "false, false, doctor-piped"})
    void theReport(boolean unicode, boolean color, String golden) {
        Golden.assertMatches(golden, Golden.text(DoctorReport.lines(checks(), unicode, color)));
    }

    @Test
    void theJson() {
        StringWriter out = new StringWriter();
        JsonOutput.write(out, DoctorReport.json(checks()));

        Golden.assertMatches("doctor-json", out.toString());
    }

    @Test
    void theExitCodeIsTheFirstFailuresAndZeroWithoutOne() {
        List<Check> two = List.of(Check.fail("config", "bad", null, ExitCode.NOT_CONFIGURED, Map.of()),
                Check.fail("api_me", "down", null, ExitCode.UNAVAILABLE, Map.of()));

        assertEquals(ExitCode.NOT_FOUND, DoctorReport.exitCode(checks()));
        assertEquals(ExitCode.NOT_CONFIGURED, DoctorReport.exitCode(two));
        assertEquals(ExitCode.OK, DoctorReport.exitCode(checks().subList(0, 5)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            true  | LANG=en_US.UTF-8                 | true
            true  | LANG=C.utf8                      | true
            true  | LANG=C                           | false
            true  | LC_ALL=POSIX,LANG=en_US.UTF-8    | false
            true  | LC_CTYPE=de_DE.ISO-8859-1        | false
            true  | LC_ALL=en_GB.UTF-8,LANG=C        | true
            true  | ''                               | true
            false | LANG=en_US.UTF-8                 | false
            """)
    void symbolsOnAUtf8TerminalWordsOtherwise(boolean terminal, String variables, boolean unicode) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String pair : variables.split(",")) {
            if (!pair.isBlank()) {
                env.put(pair.split("=")[0], pair.split("=")[1]);
            }
        }

        assertEquals(unicode, DoctorReport.unicode(terminal, env));
    }
}
