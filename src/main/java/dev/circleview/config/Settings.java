package dev.circleview.config;

import dev.circleview.api.ClientSettings;
import dev.circleview.core.NotConfiguredException;
import dev.circleview.core.Text;
import dev.circleview.core.UsageException;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Settings from flags and the environment, with the precedence in one place: a flag wins over its
 * environment variable, which wins over the default.
 */
public final class Settings {
    public static final String TOKEN_ENV = "CIRCLECI_AUTH_TOKEN";
    public static final String API_URL_ENV = "CIRCLE_VIEW_API_URL";
    public static final String PROJECT_ENV = "CIRCLE_VIEW_PROJECT";
    public static final String CACERT_ENV = "CIRCLE_VIEW_CACERT";
    public static final int DEFAULT_TIMEOUT_SECONDS = 60;

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
    }

    public static ClientSettings client(Map<String, String> env, ClientFlags flags, String version) {
        String apiUrl = flags.apiUrl();
        Integer timeout = flags.timeout();
        Integer retries = flags.retries();
        String caFile = flags.caCert() != null ? flags.caCert().toString() : firstNonBlank(null, env.get(CACERT_ENV));
        String url = firstNonBlank(apiUrl, env.get(API_URL_ENV));
        URI base = url == null ? ClientSettings.DEFAULT_BASE_URL
                : baseUrl(url, url.equals(apiUrl) ? "--api-url" : API_URL_ENV, flags.allowInsecureHttp());
        int seconds = timeout == null ? DEFAULT_TIMEOUT_SECONDS : timeout;
        if (seconds < 1) {
            throw new UsageException("--timeout must be at least 1 second, not " + seconds, "give the most seconds the command may take");
        }
        int tries = retries == null ? ClientSettings.DEFAULT_RETRIES : retries;
        if (tries < 0 || tries > 10) {
            throw new UsageException("--retries must be between 0 and 10, not " + tries, null);
        }
        return new ClientSettings(base, token(env), "circle-view/" + version + " (Java " + Runtime.version().feature() + ")",
                Duration.ofSeconds(seconds), tries, caFile == null ? null : Path.of(caFile));
    }

    /** The token from the environment, trimmed; null when unset or blank. Never echoed in errors. */
    static String token(Map<String, String> env) {
        String raw = env.get(TOKEN_ENV);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String token = raw.strip();
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                throw new NotConfiguredException(TOKEN_ENV + " holds a character that cannot be sent in an HTTP header"
                        + " (at position " + (i + 1) + " of " + token.length() + ")",
                        "set it to the token alone, e.g. export " + TOKEN_ENV + "=\"$(cat ~/.circleci-token)\"");
            }
        }
        return token;
    }

    static URI baseUrl(String value, String source, boolean allowHttp) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw badUrl(value, source, "it is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw badUrl(value, source, "it must start with https://");
        }
        if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw badUrl(value, source, "it must be a plain https://HOST/PATH, without user, query or fragment");
        }
        if (scheme.equals("http") && !allowHttp && !isLoopback(uri.getHost())) {
            throw new UsageException("refusing to send requests over plain http to " + uri.getHost() + " (from " + source + ")",
                    "use https://, or pass --allow-insecure-http if you really mean it (the token would travel unencrypted)");
        }
        return uri;
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

    private static UsageException badUrl(String value, String source, String why) {
        return new UsageException("invalid API URL \"" + Text.quoteForMessage(value) + "\" from " + source + ": " + why,
                "the default is " + ClientSettings.DEFAULT_BASE_URL);
    }

    static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }
}
