package dev.circleview.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The line-by-line look at the config file that the preconnect guesses from: what it reads always
 * agrees with the real reader, and whatever it cannot be sure of is unknown, never a guess.
 */
class ConfigPeekTest {
    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>(Map.of("HOME", "/home/me", "TARGET", "https://env.example.com/api"));

    private Config.Location file(String text) throws IOException {
        Files.createDirectories(dir.resolve("certs"));
        Files.writeString(dir.resolve("certs/ca.pem"), "not read by either");
        return new Config.Location(Files.writeString(dir.resolve("config.yaml"), text), "--config", true);
    }

    @Test
    void noFileAtTheDefaultPlaceIsKnownAndSaysNothing() {
        ConfigPeek peek = ConfigPeek.of(new Config.Location(dir.resolve("missing.yaml"), Config.Location.DEFAULT, false), env);

        assertEquals(new ConfigPeek(true, null, null), peek);
        assertEquals(new ConfigPeek(true, null, null), ConfigPeek.of(new Config.Location(null, Config.Location.DEFAULT, false), env));
    }

    @Test
    void aNamedFileThatIsNotThereIsUnknown() {
        assertFalse(ConfigPeek.of(new Config.Location(dir.resolve("missing.yaml"), "--config", true), env).known());
    }

    @Test
    void plainValuesAreReadAsTheReaderReadsThem() throws IOException {
        Config.Location location = file("""
                # the proxy
                target: https://backstage.example.com/api/proxy/circleci/api   # a comment
                headers:
                  Authorization: Bearer ${BACKSTAGE_TOKEN}
                  X-Team: "platform"
                token_command: "pass show circleci"
                cacert: certs/ca.pem
                limit: 50
                color: always
                """);
        env.put("BACKSTAGE_TOKEN", "secret");

        ConfigPeek peek = ConfigPeek.of(location, env);
        Config config = ConfigFile.load(location, env);

        assertEquals(new ConfigPeek(true, "https://backstage.example.com/api/proxy/circleci/api", dir.resolve("certs/ca.pem")), peek);
        assertEquals(config.target(), peek.target());
        assertEquals(config.cacert(), peek.cacert());
    }

    @Test
    void aFileWithoutTargetOrCacertIsKnownAndLeavesTheDefault() throws IOException {
        assertEquals(new ConfigPeek(true, null, null), ConfigPeek.of(file("limit: 10\ncolor: never\n"), env));
        assertEquals(new ConfigPeek(true, null, null), ConfigPeek.of(file(""), env));
    }

    @Test
    void aCacertUnderHomeIsResolvedFromHome() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve("ca.pem"), "x");
        env.put("HOME", home.toString());

        assertEquals(home.resolve("ca.pem"), ConfigPeek.of(file("cacert: ~/ca.pem\n"), env).cacert());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "target: ${TARGET}\n",                                       // a reference: the reader's business
            "target: \"https://circleci.com/api/v1.1\"\n",               // quoted
            "target: 'https://circleci.com/api/v1.1'\n",
            "target:\n  https://circleci.com/api/v1.1\n",                // the value on the next line
            "target: https://a.example.com/api\n  /more\n",              // a value that goes on
            "target: &root https://circleci.com/api/v1.1\n",             // an anchor
            "target: !!str https://circleci.com/api/v1.1\n",             // a tag
            "{target: https://circleci.com/api/v1.1}\n",                 // a flow mapping
            "headers: {A: b,\ntarget: https://evil.example.com/api}\n",  // a flow value that runs on
            "token_command: \"echo a\ntarget: https://evil.example.com/api\"\n",
            "token_command: \"echo \\\"a\ntarget: https://evil.example.com/api\"\n",
            "token_command: 'it''s\ntarget: https://evil.example.com/api'\n",
            "---\ntarget: https://circleci.com/api/v1.1\n",              // document markers
            "target: https://a.example.com/api\n---\ntarget: https://b.example.com/api\n",
            "target: https://a.example.com/api\ntarget: https://b.example.com/api\n",
            "\"target\": https://circleci.com/api/v1.1\n",               // a quoted key
            "tagret: https://circleci.com/api/v1.1\n",                   // an unknown key
            "target: ftp://circleci.com/api\n",                          // a target the settings refuse
            "target: https://user@circleci.com/api\n",
            "cacert: certs/missing.pem\n",                               // a cacert that is not there
            "cacert: ${HOME}/ca.pem\n",
            "- target: https://circleci.com/api/v1.1\n",                 // not a mapping
    })
    void whatALineByLineLookCannotBeSureOfIsUnknown(String text) throws IOException {
        ConfigPeek peek = ConfigPeek.of(file(text), env);

        assertFalse(peek.known(), text);
        assertNull(peek.target());
        assertNull(peek.cacert());
    }

    @Test
    void aFileTooBigForTheReaderIsUnknown() throws IOException {
        assertFalse(ConfigPeek.of(file("target: https://circleci.com/api/v1.1\n" + "# x\n".repeat(20_000)), env).known());
    }

    @Test
    void quotedValuesOfOtherKeysThatCloseOnTheirLineAreFine() throws IOException {
        ConfigPeek peek = ConfigPeek.of(file("""
                token_command: "printf '%s' \\"it's\\""
                color: 'never'
                target: https://circleci.com/api/v1.1
                """), env);

        assertTrue(peek.known());
        assertEquals("https://circleci.com/api/v1.1", peek.target());
    }
}
