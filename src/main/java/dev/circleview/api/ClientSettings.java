package dev.circleview.api;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How to reach CircleCI.
 *
 * @param baseUrl       the API root, e.g. {@code https://circleci.com/api/v1.1}
 * @param token         the API token, or null to call without one (public projects, or a proxy that adds it)
 * @param tokenSource   where the token came from, for hints: {@code CIRCLECI_AUTH_TOKEN} or {@code token_command}; null without one
 * @param headers       extra request headers (secrets, like the token), sent only to the API root's origin
 * @param configFile    the config file the headers or the token command come from, for hints; null without one
 * @param userAgent     sent as {@code User-Agent}
 * @param timeout       the most the whole command may spend on requests, retries included
 * @param retries       how many times an idempotent request is tried again after a transient failure
 * @param caCert        a PEM file of extra certificate authorities to trust, or null
 */
public record ClientSettings(URI baseUrl, String token, String tokenSource, Map<String, String> headers, String configFile,
                             String userAgent, Duration timeout, int retries, Path caCert) {
    public static final URI DEFAULT_BASE_URL = URI.create("https://circleci.com/api/v1.1");
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_RETRIES = 3;
    public static final String TOKEN_ENV = "CIRCLECI_AUTH_TOKEN";
    /** What to do when a token is missing. */
    public static final String TOKEN_HINT =
            "set " + TOKEN_ENV + " to a CircleCI personal API token (User Settings > Personal API Tokens)";

    public ClientSettings {
        headers = Map.copyOf(headers);
    }

    /** Settings with a token from {@code CIRCLECI_AUTH_TOKEN} (or none) and no extra headers. */
    public ClientSettings(URI baseUrl, String token, String userAgent, Duration timeout, int retries, Path caCert) {
        this(baseUrl, token, token == null ? null : TOKEN_ENV, Map.of(), null, userAgent, timeout, retries, caCert);
    }

    public ClientSettings(URI baseUrl, String token, String userAgent, Duration timeout, int retries) {
        this(baseUrl, token, userAgent, timeout, retries, null);
    }

    public boolean hasToken() {
        return token != null;
    }

    /** The same settings with {@code token}, which came from {@code source}. */
    public ClientSettings withToken(String token, String source) {
        return new ClientSettings(baseUrl, token, source, headers, configFile, userAgent, timeout, retries, caCert);
    }

    /** Overrides {@code toString} so that the token and header values can never be printed by accident. */
    @Override
    public String toString() {
        return "ClientSettings[baseUrl=" + baseUrl + ", token=" + (token == null ? "none" : "***")
                + ", headers=" + headers.keySet().stream().sorted().map(name -> name + ": ***").toList()
                + ", timeout=" + timeout + ", retries=" + retries + ", caCert=" + caCert + "]";
    }
}
