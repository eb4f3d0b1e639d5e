package dev.circleview.api;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How to reach CircleCI.
 *
 * @param baseUrl     the API root, e.g. {@code https://circleci.com/api/v1.1}
 * @param token       the API token, or null to call without one (public projects)
 * @param userAgent   sent as {@code User-Agent}
 * @param timeout     the most the whole command may spend on requests, retries included
 * @param retries     how many times an idempotent request is tried again after a transient failure
 * @param caCert      a PEM file of extra certificate authorities to trust, or null
 */
public record ClientSettings(URI baseUrl, String token, String userAgent, Duration timeout, int retries, Path caCert) {
    public static final URI DEFAULT_BASE_URL = URI.create("https://circleci.com/api/v1.1");
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_RETRIES = 3;
    /** What to do when a token is missing. */
    public static final String TOKEN_HINT =
            "set CIRCLECI_AUTH_TOKEN to a CircleCI personal API token (User Settings > Personal API Tokens)";

    public ClientSettings(URI baseUrl, String token, String userAgent, Duration timeout, int retries) {
        this(baseUrl, token, userAgent, timeout, retries, null);
    }

    public boolean hasToken() {
        return token != null;
    }

    /** Overrides {@code toString} so that the token can never be printed by accident. */
    @Override
    public String toString() {
        return "ClientSettings[baseUrl=" + baseUrl + ", token=" + (token == null ? "none" : "***")
                + ", timeout=" + timeout + ", retries=" + retries + ", caCert=" + caCert + "]";
    }
}
