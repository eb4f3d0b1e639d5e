package dev.circleview.config;

import dev.circleview.api.ClientSettings;
import dev.circleview.core.NotConfiguredException;
import dev.circleview.core.Text;
import dev.circleview.core.UsageException;
import dev.circleview.term.ColorMode;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every setting with its precedence, in one place: a flag wins over the environment, which wins over
 * the config file ({@link Config}), which wins over the default.
 */
public final class Settings {
    public static final String TOKEN_ENV = ClientSettings.TOKEN_ENV;
    public static final String API_URL_ENV = "CIRCLE_VIEW_API_URL";
    public static final String PROJECT_ENV = "CIRCLE_VIEW_PROJECT";
    public static final String CACERT_ENV = "CIRCLE_VIEW_CACERT";
    public static final String TOKEN_COMMAND = "token_command";
    public static final int DEFAULT_TIMEOUT_SECONDS = 60;
    public static final int DEFAULT_LIMIT = 30;
    /** The most builds {@code --limit} may ask for. */
    public static final int MAX_LIMIT = 10_000;

    private Settings() {
    }

    /**
     * The flags that shape the client; each null (or false) when not given.
     *
     * @param apiUrl            {@code --api-url}
     * @param timeout           {@code --timeout} in seconds
     * @param retries           {@code --retries}
     * @param allowInsecureHttp {@code --allow-insecure-http}
     * @param caCert            {@code --cacert}: a PEM file of extra certificate authorities
     */
    public record ClientFlags(String apiUrl, Integer timeout, Integer retries, boolean allowInsecureHttp, Path caCert) {
        public static final ClientFlags NONE = new ClientFlags(null, null, null, false, null);

        /** The same flags with another {@code --timeout}. */
        public ClientFlags withTimeout(Integer seconds) {
            return new ClientFlags(apiUrl, seconds, retries, allowInsecureHttp, caCert);
        }

        /** The same flags with another {@code --retries}. */
        public ClientFlags withRetries(Integer tries) {
            return new ClientFlags(apiUrl, timeout, tries, allowInsecureHttp, caCert);
        }
    }

    /**
     * The client's settings: API root {@code --api-url} > {@code CIRCLE_VIEW_API_URL} > {@code target};
     * time limit {@code --timeout} > {@code timeout}; CA file {@code --cacert} > {@code CIRCLE_VIEW_CACERT}
     * > {@code cacert}; the headers of the config file; the token from {@code CIRCLECI_AUTH_TOKEN} only
     * (a {@code token_command} runs later, in {@link #withCommandToken}, once a command is sure to need it).
     */
    public static ClientSettings client(Map<String, String> env, ClientFlags flags, Config config, String version) {
        String apiUrl = flags.apiUrl();
        Integer timeout = flags.timeout() != null ? flags.timeout() : config.timeout();
        Integer retries = flags.retries();
        String caNamed = caFile(flags.caCert() == null ? null : flags.caCert().toString(), env);
        Path caFile = caNamed != null ? Path.of(caNamed) : config.cacert();
        String url = apiUrl(apiUrl, env);
        URI base;
        if (url != null) {
            base = baseUrl(url, url.equals(apiUrl) ? "--api-url" : API_URL_ENV, flags.allowInsecureHttp());
        } else if (config.target() != null) {
            try {
                base = baseUrl(config.target(), "target in " + config.location().shown(), flags.allowInsecureHttp());
            } catch (UsageException e) {
                throw new NotConfiguredException(e.getMessage(), e.hint());
            }
        } else {
            base = ClientSettings.DEFAULT_BASE_URL;
        }
        int seconds = timeout == null ? DEFAULT_TIMEOUT_SECONDS : timeout;
        if (seconds < 1) {
            throw new UsageException("--timeout must be at least 1 second, not " + seconds, "give the most seconds the command may take");
        }
        int tries = retries == null ? ClientSettings.DEFAULT_RETRIES : retries;
        if (tries < 0 || tries > 10) {
            throw new UsageException("--retries must be between 0 and 10, not " + tries, null);
        }
        String token = token(env);
        return new ClientSettings(base, token, token == null ? null : TOKEN_ENV, config.headers(),
                config.found() ? config.location().shown() : null,
                "circle-view/" + version + " (Java " + Runtime.version().feature() + ")",
                Duration.ofSeconds(seconds), tries, caFile);
    }

    /** Where the API root {@link #client} takes comes from, as said to a person: the flag, the variable, the config file, or the default. */
    public static String apiUrlSource(ClientFlags flags, Map<String, String> env, Config config) {
        String url = apiUrl(flags.apiUrl(), env);
        if (url != null) {
            return url.equals(flags.apiUrl()) ? "--api-url" : API_URL_ENV;
        }
        return config.target() != null ? "target in " + config.location().shown() : "the default";
    }

    /** {@code --api-url} > {@code CIRCLE_VIEW_API_URL}: the API root named before the config file, or null. */
    private static String apiUrl(String flag, Map<String, String> env) {
        return firstNonBlank(flag, env.get(API_URL_ENV));
    }

    /** {@code --cacert} > {@code CIRCLE_VIEW_CACERT}: the CA file named before the config file, or null. */
    private static String caFile(String flag, Map<String, String> env) {
        return firstNonBlank(flag, env.get(CACERT_ENV));
    }

    /**
     * Where a run will connect, guessed before its flags are parsed (for the warm-up): the API root
     * and CA file as {@link #client} takes them, from {@code args} and the environment.
     *
     * @param apiRoot the API root; the default only when there is no config file (not read this early:
     *                it might name another), null when it cannot be told or the URL looks wrong
     * @param caFile  the extra CA file, or null
     */
    public record Guess(URI apiRoot, Path caFile) {
    }

    public static Guess guess(String[] args, Map<String, String> env, Path cwd) {
        String api = null;
        String ca = null;
        String configFlag = null;
        for (int i = 0; i < args.length; i++) {
            api = flagValue(args, i, "--api-url", api);
            ca = flagValue(args, i, "--cacert", ca);
            configFlag = flagValue(args, i, "--config", configFlag);
        }
        api = apiUrl(api, env);
        ca = caFile(ca, env);
        try {
            Path caPath = ca == null ? null : cwd.resolve(ca);
            URI root;
            if (api != null) {
                root = urlProblem(api) == null ? new URI(api.strip()) : null;
            } else {
                Path file = ConfigFile.locate(configFlag == null ? null : Path.of(configFlag), env, cwd).path();
                root = file != null && Files.exists(file) ? null : ClientSettings.DEFAULT_BASE_URL;
            }
            return new Guess(root, caPath);
        } catch (URISyntaxException | InvalidPathException e) {
            // parsing the flags will say what is wrong
            return new Guess(null, null);
        }
    }

    /** The value of {@code --name VALUE} or {@code --name=VALUE} at {@code args[i]}, else {@code current}. */
    private static String flagValue(String[] args, int i, String name, String current) {
        if (args[i].startsWith(name + "=")) {
            return args[i].substring(name.length() + 1);
        }
        return args[i].equals(name) && i + 1 < args.length ? args[i + 1] : current;
    }

    /** A token and where it came from ({@code CIRCLECI_AUTH_TOKEN} or {@code token_command}); both null without one. */
    public record Token(String value, String source) {
    }

    /**
     * The token: {@code CIRCLECI_AUTH_TOKEN}, else what the config's {@code token_command} prints (run
     * only then); a token that cannot be sent, or a command that fails, is an error (exit 3).
     */
    public static Token token(Map<String, String> env, Config config, Path cwd) {
        String fromEnv = token(env);
        if (fromEnv != null) {
            return new Token(fromEnv, TOKEN_ENV);
        }
        if (config.tokenCommand() != null) {
            return new Token(TokenCommand.run(config.tokenCommand(), config.location().shown(), env, cwd), TOKEN_COMMAND);
        }
        return new Token(null, null);
    }

    /**
     * {@code settings} with the {@link #token} when {@link #client} found none in the environment (so
     * the config's {@code token_command} runs only now, once a command is sure to need it).
     */
    public static ClientSettings withCommandToken(ClientSettings settings, Config config, Map<String, String> env, Path cwd) {
        if (settings.hasToken()) {
            return settings;
        }
        Token token = token(env, config, cwd);
        return token.value() == null ? settings : settings.withToken(token.value(), token.source());
    }

    /** {@code --limit} > {@code limit} > {@value #DEFAULT_LIMIT}. */
    public static int limit(Integer flag, Config config) {
        return flag != null ? flag : config.limit() != null ? config.limit() : DEFAULT_LIMIT;
    }

    /**
     * {@code --color} > the colour variables ({@code NO_COLOR}, {@code CLICOLOR_FORCE}, {@code CLICOLOR=0},
     * {@code TERM=dumb}, which {@link ColorMode#AUTO} honours) > {@code color} > auto.
     */
    public static ColorMode color(ColorMode flag, Map<String, String> env, Config config) {
        if (flag != null) {
            return flag;
        }
        if (ColorMode.environmentDecides(env) || config.color() == null) {
            return ColorMode.AUTO;
        }
        return config.color();
    }

    /** Why {@link #color} decides as it does for stdout, in the same order, as said to a person. */
    public static String colorReason(ColorMode flag, Map<String, String> env, Config config, boolean terminal) {
        if (flag != null && flag != ColorMode.AUTO) {
            return "--color " + flag.name().toLowerCase(java.util.Locale.ROOT);
        }
        String variable = ColorMode.environmentReason(env);
        if (variable != null) {
            return variable;
        }
        if (flag == null && config.color() != null && config.color() != ColorMode.AUTO) {
            return "color: " + config.color().name().toLowerCase(java.util.Locale.ROOT) + " in the config file";
        }
        return terminal ? "stdout is a terminal" : "stdout is not a terminal";
    }

    /** The token from the environment, trimmed; null when unset or blank. Never echoed in errors. */
    static String token(Map<String, String> env) {
        String raw = env.get(TOKEN_ENV);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return checkedToken(raw.strip(), TOKEN_ENV + " holds",
                "set it to the token alone, e.g. export " + TOKEN_ENV + "=\"$(cat ~/.circleci-token)\"");
    }

    /** {@code token} when every character can go in a header; otherwise an error that says where, never what. */
    static String checkedToken(String token, String what, String hint) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                throw new NotConfiguredException(what + " a character that cannot be sent in an HTTP header"
                        + " (at position " + (i + 1) + " of " + token.length() + ")", hint);
            }
        }
        return token;
    }

    static URI baseUrl(String value, String source, boolean allowHttp) {
        String problem = urlProblem(value);
        if (problem != null) {
            throw new UsageException("invalid API URL \"" + Text.quoteForMessage(withoutCredentials(value)) + "\" from " + source
                    + ": " + problem, problem.equals(CREDENTIALS) ? "send credentials as headers from the config file "
                    + "(headers:, see docs/config.md), never in the URL" : "the default is " + ClientSettings.DEFAULT_BASE_URL);
        }
        URI uri = URI.create(value.strip());
        if (uri.getScheme().equalsIgnoreCase("http") && !allowHttp && !isLoopback(uri.getHost())) {
            throw new UsageException("refusing to send requests over plain http to " + uri.getHost() + " (from " + source + ")",
                    "use https://, or pass --allow-insecure-http if you really mean it (the token would travel unencrypted)");
        }
        return uri;
    }

    /** What is wrong with {@code value} as an API root, or null when it is a plain http(s)://HOST/PATH. */
    static String urlProblem(String value) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            return "it is not a URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return "it must start with https://";
        }
        if (uri.getRawUserInfo() != null) {
            return CREDENTIALS;
        }
        if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return "it must be a plain https://HOST/PATH, without query or fragment";
        }
        return null;
    }

    private static final String CREDENTIALS = "it holds a user or password, which circle-view never sends in a URL";
    private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@");

    /** {@code url} with any user and password shown as {@code ***}: what a message may print of it. */
    public static String withoutCredentials(String url) {
        return USER_INFO.matcher(url.strip()).replaceFirst("$1***@");
    }

    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        // only literal addresses: no name lookup on the start-up path
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** {@code a} unless blank, else {@code b} unless blank, else null. */
    public static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }
}
