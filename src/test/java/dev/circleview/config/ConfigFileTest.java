package dev.circleview.config;

import dev.circleview.core.ExitCode;
import dev.circleview.core.NotConfiguredException;
import dev.circleview.term.ColorMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the config file is, what it may say, and the one line for each way it can be wrong. */
class ConfigFileTest {
    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();

    // ---- where ----

    @Test
    void theFlagWinsOverTheVariableWhichWinsOverTheDefaults() {
        env.put("CIRCLE_VIEW_CONFIG", "/env/config.yaml");
        env.put("XDG_CONFIG_HOME", "/xdg");
        env.put("HOME", "/home/me");

        assertEquals(new Config.Location(Path.of("/flag.yaml"), "--config", true), ConfigFile.locate(Path.of("/flag.yaml"), env, dir));
        assertEquals(new Config.Location(Path.of("/env/config.yaml"), "CIRCLE_VIEW_CONFIG", true), ConfigFile.locate(null, env, dir));
        env.remove("CIRCLE_VIEW_CONFIG");
        assertEquals(new Config.Location(Path.of("/xdg/circle-view/config.yaml"), "default", false), ConfigFile.locate(null, env, dir));
        env.remove("XDG_CONFIG_HOME");
        assertEquals(new Config.Location(Path.of("/home/me/.config/circle-view/config.yaml"), "default", false),
                ConfigFile.locate(null, env, dir));
        env.remove("HOME");
        assertNull(ConfigFile.locate(null, env, dir).path());
    }

    @Test
    void relativeNamesAreTakenFromTheWorkingFolderAndARelativeXdgHomeIsIgnored() {
        env.put("XDG_CONFIG_HOME", "relative/xdg");
        env.put("HOME", "/home/me");

        assertEquals(dir.resolve("my.yaml"), ConfigFile.locate(Path.of("my.yaml"), env, dir).path());
        assertEquals(Path.of("/home/me/.config/circle-view/config.yaml"), ConfigFile.locate(null, env, dir).path());
        env.put("CIRCLE_VIEW_CONFIG", " conf/c.yaml ");
        assertEquals(dir.resolve("conf/c.yaml"), ConfigFile.locate(null, env, dir).path());
    }

    @Test
    void aMissingDefaultFileIsFine() {
        env.put("HOME", dir.toString());

        Config config = ConfigFile.load(ConfigFile.locate(null, env, dir), env);

        assertFalse(config.found());
        assertEquals(dir.resolve(".config/circle-view/config.yaml"), config.location().path());
        assertNull(config.target());
        assertTrue(config.headers().isEmpty());
    }

    @Test
    void noHomeMeansNoDefaultFile() {
        assertFalse(ConfigFile.load(ConfigFile.locate(null, env, dir), env).found());
    }

    @ParameterizedTest
    @CsvSource({"--config, --config", "CIRCLE_VIEW_CONFIG, CIRCLE_VIEW_CONFIG"})
    void aMissingFileThatWasNamedIsAnError(String source, String shown) {
        Path file = dir.resolve("nope.yaml");
        NotConfiguredException e = assertThrows(NotConfiguredException.class,
                () -> ConfigFile.load(new Config.Location(file, source, true), env));

        assertEquals(file + ": no such file (named by " + shown + ")", e.getMessage());
        assertEquals("check the path, or create the file (see docs/config.md)", e.hint());
        assertEquals(ExitCode.NOT_CONFIGURED, e.exitCode());
    }

    // ---- what it says ----

    @Test
    void everyKey() throws IOException {
        Files.writeString(dir.resolve("ca.pem"), "not checked here");
        env.put("BACKSTAGE_TOKEN", "eyJhbGciOi");
        Config config = load("""
                # a Backstage proxy
                target: https://backstage.example.com/api/proxy/circleci/api
                headers:
                  Authorization: Bearer ${BACKSTAGE_TOKEN}
                  X-Team: ${BACKSTAGE_TOKEN}-${BACKSTAGE_TOKEN}
                token_command: pass show circleci
                cacert: ca.pem
                limit: 50
                color: Never
                timeout: 90
                """);

        assertTrue(config.found());
        assertEquals("https://backstage.example.com/api/proxy/circleci/api", config.target());
        assertEquals(Map.of("Authorization", "Bearer eyJhbGciOi", "X-Team", "eyJhbGciOi-eyJhbGciOi"), config.headers());
        assertEquals("pass show circleci", config.tokenCommand());
        assertEquals(dir.resolve("ca.pem"), config.cacert());
        assertEquals(50, config.limit());
        assertEquals(ColorMode.NEVER, config.color());
        assertEquals(90, config.timeout());
        assertNull(config.warning());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "# only a comment\n", "---\n", "target:\nlimit: ~\n"})
    void anEmptyFileOrEmptyValuesSetNothing(String text) throws IOException {
        Config config = load(text);

        assertTrue(config.found());
        assertNull(config.target());
        assertNull(config.limit());
        assertTrue(config.headers().isEmpty());
    }

    @Test
    void aCacertUnderHomeOrInAVariable() throws IOException {
        Files.createDirectories(dir.resolve("certs"));
        Files.writeString(dir.resolve("certs/corp.pem"), "x");
        env.put("HOME", dir.toString());
        env.put("CERTS", dir.resolve("certs").toString());

        assertEquals(dir.resolve("certs/corp.pem"), load("cacert: ~/certs/corp.pem\n").cacert());
        assertEquals(dir.resolve("certs/corp.pem"), load("cacert: ${CERTS}/corp.pem\n").cacert());
    }

    // ---- errors: one line, naming the file, line and column, and what to fix ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad YAML            | 'target: [unclosed\\n'                              | 2:1: invalid YAML: expected ',' or ']', but got <stream end>
            a tab               | 'limit: 5\\n\\tcolor: never\\n'                     | 2:1: invalid YAML: a tab where YAML allows only spaces (indent and separate with spaces)
            duplicate key       | 'limit: 5\\nlimit: 6\\n'                            | 2:1: invalid YAML: duplicate key "limit" (first on line 1)
            a list              | '- target\\n'                                       | 1:1: the file is a list, not a mapping of settings such as "target: URL"
            two documents       | 'limit: 5\\n---\\nlimit: 6\\n'                      | 3:1: a config file holds one YAML document; remove the second "---" and what follows
            unknown key         | 'tokne_command: pass\\n'                            | 1:1: unknown key "tokne_command"; the keys are target, headers, token_command, cacert, limit, color, timeout
            limit as text       | 'limit: "30"\\n'                                    | 1:8: limit is text, not a whole number
            limit of 0          | 'limit: 0\\n'                                       | 1:8: limit is 0; it must be a whole number from 1 to 10000
            limit too large     | 'limit: 99999999999\\n'                             | 1:8: limit is 99999999999; it must be a whole number from 1 to 10000
            timeout as a list   | 'timeout: [1]\\n'                                   | 1:10: timeout is a list, not a whole number
            color unknown       | 'color: sometimes\\n'                               | 1:8: color is "sometimes"; it must be auto, always or never
            color as a boolean  | 'color: off\\n'                                     | 1:8: color is a boolean; it must be auto, always or never
            target as number    | 'target: 42\\n'                                     | 1:9: target is a number, not a URL such as https://circleci.com/api/v1.1
            target not https    | 'target: ftp://ci.example.com\\n'                   | 1:9: target "ftp://ci.example.com" is not an API root: it must start with https://
            target with query   | 'target: https://ci.example.com/api?x=1\\n'         | 1:9: target "https://ci.example.com/api?x=1" is not an API root: it must be a plain https://HOST/PATH, without query or fragment
            headers as a list   | 'headers: [a]\\n'                                   | 1:10: headers is a list, not a mapping of header names to values
            a bad header name   | 'headers:\\n  "X Team": a\\n'                       | 2:3: headers: "X Team" is not an HTTP header name
            a reserved header   | 'headers:\\n  Host: example.com\\n'                 | 2:3: headers.Host cannot be set: circle-view or its HTTP client sets it
            a repeated header   | 'headers:\\n  X-A: 1\\n  x-a: 2\\n'                  | 3:3: headers.x-a repeats headers.X-A (header names ignore case)
            a header mapping    | 'headers:\\n  X-A: {b: c}\\n'                       | 2:8: headers.X-A is a mapping, not the header's value
            an empty header     | 'headers:\\n  X-A: ""\\n'                           | 2:8: headers.X-A is empty
            token_command empty | 'token_command: "  "\\n'                            | 1:16: token_command is blank, not a shell command
            unclosed reference  | 'headers:\\n  X-A: ${OPEN\\n'                       | 2:8: headers.X-A has a "${" without its closing "}"
            a bad variable name | 'headers:\\n  X-A: ${1A}\\n'                        | 2:8: headers.X-A has "${1A}", which is not a variable name (letters, digits and _)
            a missing cacert    | 'cacert: missing.pem\\n'                            | 1:9: cacert DIR/missing.pem: no such file
            """)
    void eachMistakeIsOneLineWithItsPosition(String name, String text, String expected) throws IOException {
        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> load(text.replace("\\n", "\n").replace("\\t", "\t")));

        assertEquals(file() + ":" + expected.replace("DIR", dir.toString()), e.getMessage());
        assertEquals("fix " + file() + " (the keys are described in docs/config.md)", e.hint());
        assertEquals(ExitCode.NOT_CONFIGURED, e.exitCode());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void anUnsetVariableIsNamed() {
        NotConfiguredException e = assertThrows(NotConfiguredException.class,
                () -> load("headers:\n  Authorization: Bearer ${BACKSTAGE_TOKEN}\n"));

        assertEquals(file() + ":2:18: headers.Authorization uses ${BACKSTAGE_TOKEN}, which is not set", e.getMessage());
        assertEquals("set BACKSTAGE_TOKEN in the environment, or change " + file(), e.hint());
    }

    @Test
    void anEmptyVariableIsNamedToo() {
        env.put("API_HOST", "");
        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> load("target: https://${API_HOST}/api\n"));

        assertEquals(file() + ":1:9: target uses ${API_HOST}, which is empty", e.getMessage());
    }

    @Test
    void aHeaderThatCannotBeSentIsRefusedWithoutShowingIt() {
        env.put("SECRET", "abc\r\nInjected: yes");
        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> load("headers:\n  X-Key: ${SECRET}\n"));

        assertEquals(file() + ":2:10: headers.X-Key holds a character that cannot be sent in an HTTP header "
                + "(at position 4 of 18, after expanding ${VAR} references)", e.getMessage());
        assertFalse(e.getMessage().contains("abc") || e.getMessage().contains("Injected"));
    }

    @Test
    void aFolderIsNotAConfigFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("conf.yaml"));
        NotConfiguredException e = assertThrows(NotConfiguredException.class,
                () -> ConfigFile.load(new Config.Location(folder, "--config", true), env));

        assertEquals(folder + ": is a folder, not a config file", e.getMessage());
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsParsed() throws IOException {
        Files.writeString(file(), "# " + "x".repeat(70_000) + "\n");
        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> ConfigFile.load(named(), env));

        assertEquals(file() + ": the file is 70003 bytes; a config file may have at most 65536 bytes", e.getMessage());
    }

    // ---- literal secrets in a file others can read ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'Circle-Token: abc123'                          | Circle-Token
            'Authorization: Bearer abc123'                  | Authorization
            'X-A: ${A}\\n  Authorization: Basic dXNlcjpw'  | Authorization
            'Authorization: Bearer ${A}abc'                 | Authorization
            """)
    void aLiteralSecretInAFileOthersCanReadIsWarnedAbout(String headers, String named) throws IOException {
        env.put("A", "value");
        Config config = load("headers:\n  " + headers.replace("\\n", "\n") + "\n", "rw-r--r--");

        assertEquals(file() + " is readable by others and holds a literal secret in headers." + named + "; chmod 600 "
                + file() + " or use ${VAR}", config.warning());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-------", "rw-r-----", "r--------"})
    void onlyOthersOrTheGroupReadingItCounts(String permissions) throws IOException {
        Config config = load("headers:\n  Circle-Token: abc123\n", permissions);

        assertEquals(permissions.equals("rw-r-----"), config.warning() != null, String.valueOf(config.warning()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Circle-Token: ${A}", "Authorization: Bearer ${A}", "Authorization: Basic ${A}:${B}",
            "Authorization: \"  ${A} \""})
    void referencesOnlyAreNoLiteralSecret(String header) throws IOException {
        env.putAll(Map.of("A", "value-a", "B", "value-b"));

        assertNull(load("headers:\n  " + header + "\n", "rw-rw-r--").warning());
    }

    @Test
    void noHeadersNoWarning() throws IOException {
        assertNull(load("token_command: pass show circleci\nlimit: 5\n", "rw-r--r--").warning());
    }

    private Path file() {
        return dir.resolve("config.yaml");
    }

    private Config.Location named() {
        return new Config.Location(file(), "--config", true);
    }

    private Config load(String text) throws IOException {
        return load(text, "rw-------");
    }

    private Config load(String text, String permissions) throws IOException {
        Files.writeString(file(), text);
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString(permissions));
        return ConfigFile.load(named(), env);
    }
}
