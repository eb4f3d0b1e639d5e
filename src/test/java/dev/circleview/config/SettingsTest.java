package dev.circleview.config;

import dev.circleview.api.ClientSettings;
import dev.circleview.core.ExitCode;
import dev.circleview.core.NotConfiguredException;
import dev.circleview.core.UsageException;
import dev.circleview.term.ColorMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsTest {
    private static final String HTTP_HINT =
            "use https://, or pass --allow-insecure-http if you really mean it (the token would travel unencrypted)";
    private static final String URL_HINT = "the default is https://circleci.com/api/v1.1";

    // ---- defaults and precedence ----

    @Test
    void defaultsWithAnEmptyEnvironment() {
        ClientSettings settings = client(Map.of(), null);

        assertEquals(URI.create("https://circleci.com/api/v1.1"), settings.baseUrl());
        assertEquals(Duration.ofSeconds(60), settings.timeout());
        assertEquals(3, settings.retries());
        assertNull(settings.token());
        assertFalse(settings.hasToken());
        assertNull(settings.caCert());
        assertEquals("circle-view/1.2.3 (Java " + Runtime.version().feature() + ")", settings.userAgent());
    }

    @Test
    void theFlagWinsOverTheEnvironment() {
        ClientSettings settings = client(Map.of("CIRCLE_VIEW_API_URL", "https://env.example.com/api/v1.1"),
                "https://flag.example.com/api/v1.1");

        assertEquals(URI.create("https://flag.example.com/api/v1.1"), settings.baseUrl());
    }

    @Test
    void theEnvironmentWinsOverTheDefault() {
        ClientSettings settings = client(Map.of("CIRCLE_VIEW_API_URL", "https://circleci.internal/api/v1.1"), null);

        assertEquals(URI.create("https://circleci.internal/api/v1.1"), settings.baseUrl());
    }

    @Test
    void aBlankFlagFallsBackToTheEnvironment() {
        ClientSettings settings = client(Map.of("CIRCLE_VIEW_API_URL", "https://env.example.com"), "  ");

        assertEquals(URI.create("https://env.example.com"), settings.baseUrl());
    }

    @Test
    void aBlankEnvironmentValueFallsBackToTheDefault() {
        assertEquals(ClientSettings.DEFAULT_BASE_URL, client(Map.of("CIRCLE_VIEW_API_URL", " "), null).baseUrl());
    }

    @Test
    void surroundingSpacesAreStrippedFromTheUrl() {
        assertEquals(URI.create("https://circleci.com/api/v1.1"), client(Map.of(), "  https://circleci.com/api/v1.1\n").baseUrl());
    }

    @Test
    void timeoutAndRetriesFromFlags() {
        ClientSettings settings = Settings.client(Map.of(), new Settings.ClientFlags(null, 5, 0, false, null), Config.NONE, "1.2.3");

        assertEquals(Duration.ofSeconds(5), settings.timeout());
        assertEquals(0, settings.retries());
    }

    // ---- plain http ----

    @Test
    void plainHttpToAnotherHostIsRefused() {
        UsageException e = assertThrows(UsageException.class, () -> client(Map.of(), "http://circleci.example.com/api/v1.1"));

        assertEquals("refusing to send requests over plain http to circleci.example.com (from --api-url)", e.getMessage());
        assertEquals(HTTP_HINT, e.hint());
        assertEquals(ExitCode.USAGE, e.exitCode());
    }

    @Test
    void plainHttpFromTheEnvironmentNamesTheVariable() {
        UsageException e = assertThrows(UsageException.class,
                () -> client(Map.of("CIRCLE_VIEW_API_URL", "http://10.0.0.5:8080/api"), null));

        assertEquals("refusing to send requests over plain http to 10.0.0.5 (from CIRCLE_VIEW_API_URL)", e.getMessage());
    }

    @Test
    void aBlankFlagDoesNotTakeTheBlameForTheEnvironment() {
        UsageException e = assertThrows(UsageException.class,
                () -> client(Map.of("CIRCLE_VIEW_API_URL", "http://ci.example.com"), ""));

        assertEquals("refusing to send requests over plain http to ci.example.com (from CIRCLE_VIEW_API_URL)", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://127.0.0.1:8080/api/v1.1",
            "http://127.3.4.5/api",
            "http://localhost:9999",
            "http://LOCALHOST/api",
            "http://[::1]:8080/api",
            "HTTP://127.0.0.1/api",
    })
    void plainHttpToLoopbackIsAllowed(String url) {
        assertEquals(URI.create(url), client(Map.of(), url).baseUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://0.0.0.0/api",
            "http://192.168.1.10/api",
            "http://[::2]/api",
            "http://localhost.example.com/api",
            "http://127.0.0.1.nip.io/api",
    })
    void plainHttpToLookalikesIsRefused(String url) {
        assertThrows(UsageException.class, () -> client(Map.of(), url));
    }

    @Test
    void allowInsecureHttpLetsItThrough() {
        ClientSettings settings = Settings.client(Map.of(), new Settings.ClientFlags("http://ci.example.com/api", null, null, true, null), Config.NONE, "1.2.3");

        assertEquals(URI.create("http://ci.example.com/api"), settings.baseUrl());
    }

    // ---- malformed URLs ----

    @ParameterizedTest
    @ValueSource(strings = {"https://circleci.com/api/v1.1?circle-token=abc", "https://circleci.com/api/v1.1#frag"})
    void queryAndFragmentAreRefused(String url) {
        UsageException e = assertThrows(UsageException.class, () -> client(Map.of(), url));

        assertEquals("invalid API URL \"" + url + "\" from --api-url: "
                + "it must be a plain https://HOST/PATH, without query or fragment", e.getMessage());
        assertEquals(URL_HINT, e.hint());
    }

    /** A user and password in the URL are refused, and never printed: they are shown as ***, and the hint says what to do. */
    @ParameterizedTest
    @ValueSource(strings = {"https://user:s3cret@circleci.com/api/v1.1", "https://s3cret@circleci.com/api/v1.1",
            " https://us%40er:s3cret@circleci.com/api/v1.1"})
    void credentialsInTheUrlAreRefusedAndNeverShown(String url) {
        UsageException e = assertThrows(UsageException.class, () -> client(Map.of(), url));

        assertEquals("invalid API URL \"https://***@circleci.com/api/v1.1\" from --api-url: "
                + "it holds a user or password, which circle-view never sends in a URL", e.getMessage());
        assertTrue(e.hint().contains("headers"), e.hint());
        assertFalse((e.getMessage() + e.hint()).contains("s3cret"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://circleci.com/api", "circleci.com/api/v1.1", "file:///etc/passwd", "javascript:alert(1)"})
    void otherSchemesAreRefused(String url) {
        UsageException e = assertThrows(UsageException.class, () -> client(Map.of(), url));

        assertEquals("invalid API URL \"" + url + "\" from --api-url: it must start with https://", e.getMessage());
        assertEquals(URL_HINT, e.hint());
    }

    @Test
    void aUrlWithoutAHostIsRefused() {
        UsageException e = assertThrows(UsageException.class, () -> client(Map.of(), "https:///api/v1.1"));

        assertEquals("invalid API URL \"https:///api/v1.1\" from --api-url: "
                + "it must be a plain https://HOST/PATH, without query or fragment", e.getMessage());
    }

    @Test
    void somethingThatIsNotAUrlIsRefusedAndEscaped() {
        UsageException e = assertThrows(UsageException.class,
                () -> client(Map.of("CIRCLE_VIEW_API_URL", "https://circle ci.com/\u001b[2J"), null));

        assertEquals("invalid API URL \"https://circle ci.com/\\u001b[2J\" from CIRCLE_VIEW_API_URL: it is not a URL",
                e.getMessage());
    }

    // ---- timeout and retries ----

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void aTimeoutBelowOneSecondIsRefused(int seconds) {
        UsageException e = assertThrows(UsageException.class,
                () -> Settings.client(Map.of(), new Settings.ClientFlags(null, seconds, null, false, null), Config.NONE, "1.2.3"));

        assertEquals("--timeout must be at least 1 second, not " + seconds, e.getMessage());
        assertEquals("give the most seconds the command may take", e.hint());
    }

    @Test
    void aTimeoutOfOneSecondIsFine() {
        assertEquals(Duration.ofSeconds(1), Settings.client(Map.of(), new Settings.ClientFlags(null, 1, null, false, null), Config.NONE, "1.2.3").timeout());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 11, 1000})
    void retriesOutsideZeroToTenAreRefused(int retries) {
        UsageException e = assertThrows(UsageException.class,
                () -> Settings.client(Map.of(), new Settings.ClientFlags(null, null, retries, false, null), Config.NONE, "1.2.3"));

        assertEquals("--retries must be between 0 and 10, not " + retries, e.getMessage());
        assertEquals(ExitCode.USAGE, e.exitCode());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 10})
    void retriesFromZeroToTenAreFine(int retries) {
        assertEquals(retries, Settings.client(Map.of(), new Settings.ClientFlags(null, null, retries, false, null), Config.NONE, "1.2.3").retries());
    }

    // ---- the token ----

    @Test
    void theTokenComesFromTheEnvironment() {
        ClientSettings settings = client(Map.of("CIRCLECI_AUTH_TOKEN", "abc123"), null);

        assertEquals("abc123", settings.token());
        assertTrue(settings.hasToken());
    }

    @Test
    void theTokenIsTrimmed() {
        assertEquals("abc123", client(Map.of("CIRCLECI_AUTH_TOKEN", "  abc123\n"), null).token());
        assertEquals("abc123", client(Map.of("CIRCLECI_AUTH_TOKEN", "\tabc123\r\n"), null).token());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n", " \t\r\n "})
    void aBlankTokenIsNoToken(String value) {
        ClientSettings settings = client(Map.of("CIRCLECI_AUTH_TOKEN", value), null);

        assertNull(settings.token());
        assertFalse(settings.hasToken());
    }

    @Test
    void aTokenWithANewlineInsideIsRefusedWithoutShowingIt() {
        String secret = "s3cr3t-t0ken";
        NotConfiguredException e = assertThrows(NotConfiguredException.class,
                () -> client(Map.of("CIRCLECI_AUTH_TOKEN", secret + "\nsecond-line"), null));

        assertEquals("CIRCLECI_AUTH_TOKEN holds a character that cannot be sent in an HTTP header (at position 13 of 24)",
                e.getMessage());
        assertEquals("set it to the token alone, e.g. export CIRCLECI_AUTH_TOKEN=\"$(cat ~/.circleci-token)\"", e.hint());
        assertEquals(ExitCode.NOT_CONFIGURED, e.exitCode());
        assertFalse(e.getMessage().contains(secret));
        assertFalse(e.getMessage().contains("second-line"));
        assertFalse(e.hint().contains(secret));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc def", "abc\tdef", "abc\u0000def", "abc\u001bdef", "abc\u007fdef", "abcédef", "abc\u00a0def"})
    void aTokenWithAnInnerSpaceOrControlIsRefusedWithoutShowingIt(String token) {
        NotConfiguredException e = assertThrows(NotConfiguredException.class,
                () -> client(Map.of("CIRCLECI_AUTH_TOKEN", token), null));

        assertEquals("CIRCLECI_AUTH_TOKEN holds a character that cannot be sent in an HTTP header (at position 4 of 7)",
                e.getMessage());
        assertFalse(e.getMessage().contains("abc"));
        assertFalse(e.getMessage().contains("def"));
    }

    @Test
    void toStringNeverShowsTheToken() {
        String secret = "0123456789abcdef0123456789abcdef01234567";
        ClientSettings settings = client(Map.of("CIRCLECI_AUTH_TOKEN", secret), null);

        String text = settings.toString();

        assertFalse(text.contains(secret), text);
        assertFalse(text.contains("0123456789"), text);
        assertTrue(text.contains("token=***"), text);
        assertTrue(client(Map.of(), null).toString().contains("token=none"));
    }

    // ---- extra certificate authorities ----

    @Test
    void theCaCertFlagWinsOverTheEnvironment() {
        ClientSettings settings = Settings.client(Map.of("CIRCLE_VIEW_CACERT", "/env/ca.pem"), new Settings.ClientFlags(null, null, null, false, Path.of("/flag/ca.pem")), Config.NONE, "1.2.3");

        assertEquals(Path.of("/flag/ca.pem"), settings.caCert());
    }

    @Test
    void theCaCertComesFromTheEnvironment() {
        ClientSettings settings = Settings.client(Map.of("CIRCLE_VIEW_CACERT", "/env/ca.pem"), new Settings.ClientFlags(null, null, null, false, null), Config.NONE, "1.2.3");

        assertEquals(Path.of("/env/ca.pem"), settings.caCert());
    }

    @Test
    void aBlankCaCertVariableIsIgnored() {
        assertNull(Settings.client(Map.of("CIRCLE_VIEW_CACERT", "  "), new Settings.ClientFlags(null, null, null, false, null), Config.NONE, "1.2.3").caCert());
    }

    // ---- the config file: below flags and the environment, above the defaults ----

    private static Config config(String target, Map<String, String> headers, String tokenCommand, Path cacert, Integer limit,
                                 ColorMode color, Integer timeout) {
        return new Config(new Config.Location(Path.of("/home/me/.config/circle-view/config.yaml"), "default", false), true,
                target, headers, tokenCommand, cacert, limit, color, timeout, null);
    }

    private static final Config FULL = config("https://backstage.example.com/api/proxy/circleci/api",
            Map.of("Authorization", "Bearer abc123"), "exit 9", Path.of("/config/ca.pem"), 50, ColorMode.NEVER, 90);

    @Test
    void theConfigFileFillsInWhatFlagsAndTheEnvironmentLeaveOpen() {
        ClientSettings settings = Settings.client(Map.of(), Settings.ClientFlags.NONE, FULL, "1.2.3");

        assertEquals(URI.create("https://backstage.example.com/api/proxy/circleci/api"), settings.baseUrl());
        assertEquals(Duration.ofSeconds(90), settings.timeout());
        assertEquals(Path.of("/config/ca.pem"), settings.caCert());
        assertEquals(Map.of("Authorization", "Bearer abc123"), settings.headers());
        assertEquals("/home/me/.config/circle-view/config.yaml", settings.configFile());
        assertNull(settings.token(), "token_command runs only in withCommandToken");
        assertEquals(50, Settings.limit(null, FULL));
        assertEquals(ColorMode.NEVER, Settings.color(null, Map.of(), FULL));
    }

    @Test
    void theEnvironmentWinsOverTheConfigFile() {
        ClientSettings settings = Settings.client(Map.of("CIRCLE_VIEW_API_URL", "https://env.example.com/api",
                "CIRCLE_VIEW_CACERT", "/env/ca.pem"), Settings.ClientFlags.NONE, FULL, "1.2.3");

        assertEquals(URI.create("https://env.example.com/api"), settings.baseUrl());
        assertEquals(Path.of("/env/ca.pem"), settings.caCert());
    }

    @Test
    void flagsWinOverTheConfigFile() {
        ClientSettings settings = Settings.client(Map.of(), new Settings.ClientFlags("https://flag.example.com/api", 5, null,
                false, Path.of("/flag/ca.pem")), FULL, "1.2.3");

        assertEquals(URI.create("https://flag.example.com/api"), settings.baseUrl());
        assertEquals(Duration.ofSeconds(5), settings.timeout());
        assertEquals(Path.of("/flag/ca.pem"), settings.caCert());
        assertEquals(7, Settings.limit(7, FULL));
        assertEquals(ColorMode.ALWAYS, Settings.color(ColorMode.ALWAYS, Map.of("NO_COLOR", "1"), FULL));
    }

    @Test
    void withoutAConfigTheDefaultsHold() {
        assertEquals(30, Settings.limit(null, Config.NONE));
        assertEquals(ColorMode.AUTO, Settings.color(null, Map.of(), Config.NONE));
        assertTrue(Settings.client(Map.of(), Settings.ClientFlags.NONE, Config.NONE, "1.2.3").headers().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO_COLOR=1", "CLICOLOR_FORCE=1", "CLICOLOR=0", "TERM=dumb"})
    void aColourVariableWinsOverTheConfigFile(String variable) {
        String[] pair = variable.split("=");
        Config always = config(null, Map.of(), null, null, null, ColorMode.ALWAYS, null);

        assertEquals(ColorMode.AUTO, Settings.color(null, Map.of(pair[0], pair[1]), always));
        assertEquals(ColorMode.ALWAYS, Settings.color(null, Map.of("TERM", "xterm-256color", "NO_COLOR", ""), always));
    }

    @Test
    void plainHttpInTheConfigFileIsAConfigurationError() {
        Config http = config("http://ci.example.com/api", Map.of(), null, null, null, null, null);

        NotConfiguredException e = assertThrows(NotConfiguredException.class,
                () -> Settings.client(Map.of(), Settings.ClientFlags.NONE, http, "1.2.3"));

        assertEquals("refusing to send requests over plain http to ci.example.com "
                + "(from target in /home/me/.config/circle-view/config.yaml)", e.getMessage());
        assertEquals(HTTP_HINT, e.hint());
        assertEquals(URI.create("http://ci.example.com/api"), Settings.client(Map.of(),
                new Settings.ClientFlags(null, null, null, true, null), http, "1.2.3").baseUrl());
    }

    @Test
    void theTokenCommandRunsOnlyWithoutATokenInTheEnvironment(@TempDir Path dir) {
        Config command = config(null, Map.of(), "printf 'from-command\\n'", null, null, null, null);
        Map<String, String> env = Map.of("PATH", "/usr/bin:/bin");

        ClientSettings fromCommand = Settings.withCommandToken(Settings.client(env, Settings.ClientFlags.NONE, command, "1.2.3"),
                command, env, dir);
        // "exit 9" would fail the run if it were run
        ClientSettings fromEnv = Settings.withCommandToken(Settings.client(Map.of("CIRCLECI_AUTH_TOKEN", "from-env"),
                Settings.ClientFlags.NONE, FULL, "1.2.3"), FULL, env, dir);

        assertEquals("from-command", fromCommand.token());
        assertEquals("token_command", fromCommand.tokenSource());
        assertEquals("from-env", fromEnv.token());
        assertEquals("CIRCLECI_AUTH_TOKEN", fromEnv.tokenSource());
    }

    @Test
    void headerValuesNeverShowInToString() {
        String text = Settings.client(Map.of(), Settings.ClientFlags.NONE, FULL, "1.2.3").toString();

        assertFalse(text.contains("abc123"), text);
        assertTrue(text.contains("headers=[Authorization: ***]"), text);
    }

    /** doctor says where the API root came from, in the order the client takes it. */
    @Test
    void theApiRootsSourceFollowsThePrecedence() {
        Config file = config("https://file.example.com/api/v1.1", Map.of(), null, null, null, null, null);
        Settings.ClientFlags flag = new Settings.ClientFlags("https://flag.example.com/api/v1.1", null, null, false, null);
        Map<String, String> env = Map.of("CIRCLE_VIEW_API_URL", "https://env.example.com/api/v1.1");

        assertEquals("--api-url", Settings.apiUrlSource(flag, env, file));
        assertEquals("CIRCLE_VIEW_API_URL", Settings.apiUrlSource(Settings.ClientFlags.NONE, env, file));
        assertEquals("target in /home/me/.config/circle-view/config.yaml", Settings.apiUrlSource(Settings.ClientFlags.NONE, Map.of(), file));
        assertEquals("the default", Settings.apiUrlSource(Settings.ClientFlags.NONE, Map.of(), Config.NONE));
    }

    private static ClientSettings client(Map<String, String> env, String apiUrl) {
        return Settings.client(env, new Settings.ClientFlags(apiUrl, null, null, false, null), Config.NONE, "1.2.3");
    }
}
