package dev.circleview.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.circleview.api.model.Json;
import dev.circleview.core.ApiException;
import dev.circleview.core.ExitCode;
import dev.circleview.core.Text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Turns an HTTP error answer into one clear {@link ApiException}; the body may be JSON, HTML, EDN or empty. */
final class HttpErrors {
    static final String TOKEN_HINT = ClientSettings.TOKEN_HINT;
    private static final int SNIPPET = 60;

    private HttpErrors() {
    }

    /**
     * @param settings the client's settings: whether a token or headers were sent (and from where),
     *                 and the secrets removed from anything the server said before it is quoted
     */
    static ApiException fromStatus(int status, byte[] body, String contentType, String what, ClientSettings settings,
                                   Duration retryAfter) {
        boolean hasToken = settings.hasToken();
        boolean hasHeaders = !settings.headers().isEmpty();
        Secrets secrets = Secrets.of(settings);
        String message = messageOf(body, secrets);
        String said = message == null ? "" : ": " + message;
        if (status == 401 || status == 403) {
            if (!hasToken && hasHeaders) {
                return new ApiException(ExitCode.AUTH, status, "the API at " + settings.baseUrl().getHost()
                        + " refused the request (HTTP " + status + ")" + said,
                        "check the headers in " + settings.configFile() + " (" + String.join(", ", headerNames(settings))
                                + "), or set " + ClientSettings.TOKEN_ENV);
            }
            return new ApiException(ExitCode.AUTH, status,
                    (hasToken ? "CircleCI rejected the token (HTTP " : "CircleCI needs a token (HTTP ") + status + ")" + said,
                    hasToken ? "check that " + (ClientSettings.TOKEN_ENV.equals(settings.tokenSource()) ? ClientSettings.TOKEN_ENV
                            + " holds" : "the token_command in " + settings.configFile() + " prints")
                            + " a valid personal API token with access to " + what
                            : TOKEN_HINT);
        }
        if (status == 404) {
            return new ApiException(ExitCode.NOT_FOUND, status,
                    what + " not found on CircleCI (HTTP 404)" + said,
                    hasToken ? "check the slug, and that the token's user can see the project"
                            : hasHeaders ? "check the slug, and that the token the headers stand for can see the project"
                            : "check the slug; private projects also need a token: " + TOKEN_HINT);
        }
        if (status == 429) {
            return new ApiException(ExitCode.UNAVAILABLE, status,
                    "CircleCI is limiting requests (HTTP 429)" + said,
                    retryAfter != null ? "try again in " + Math.max(1, retryAfter.toSeconds()) + " s" : "wait a little and try again");
        }
        if (status >= 500) {
            return new ApiException(ExitCode.UNAVAILABLE, status,
                    "CircleCI is unavailable (HTTP " + status + ")" + said,
                    "try again later; https://status.circleci.com shows incidents");
        }
        if (status >= 300 && status < 400) {
            return new ApiException(ExitCode.ERROR, status,
                    "CircleCI answered with a redirect (HTTP " + status + ") for " + what,
                    "check --api-url: it should be the API root, e.g. https://circleci.com/api/v1.1");
        }
        if (message == null && !looksLikeJson(body)) {
            return unexpected(status, body, contentType.isEmpty() ? "not JSON"
                    : "not JSON (" + Text.quoteForMessage(secrets.redact(contentType)) + ")", secrets);
        }
        return new ApiException(ExitCode.ERROR, status, "CircleCI refused the request (HTTP " + status + ")" + said,
                "run with --debug to see the request");
    }

    /**
     * An error answer from a host other than the API ({@link Transport#openExternal}): the status is
     * kept, so a caller can tell an expired link (403) from the rest; the body is not quoted, since
     * storage services answer in XML or HTML.
     */
    static ApiException fromExternalStatus(int status, String what, String host, Duration retryAfter) {
        String said = Text.quoteForMessage(host) + " answered HTTP " + status + " for " + what;
        if (status == 401 || status == 403) {
            return new ApiException(ExitCode.AUTH, status, said + " (the link was refused or has expired)",
                    "try again; CircleCI's links expire after a few minutes");
        }
        if (status == 404 || status == 410) {
            return new ApiException(ExitCode.NOT_FOUND, status, said + " (not found)", "it may have been deleted");
        }
        if (status == 429 || status >= 500) {
            return new ApiException(ExitCode.UNAVAILABLE, status, said,
                    retryAfter != null ? "try again in " + Math.max(1, retryAfter.toSeconds()) + " s" : "try again later");
        }
        return new ApiException(ExitCode.ERROR, status, said, "run with --debug to see the request");
    }

    /** A 2xx (or unreadable error) body that is not what was expected: HTML, EDN, cut short, or the wrong shape. */
    static ApiException unexpected(int status, byte[] body, String why, Secrets secrets) {
        String start = snippet(body, secrets);
        return new ApiException(ExitCode.ERROR, status,
                "unexpected response from CircleCI (HTTP " + status + "): " + why
                        + (start.isEmpty() ? ", and the body was empty" : "; it starts \"" + start + "\""),
                "check --api-url: it should be the API root, e.g. https://circleci.com/api/v1.1");
    }

    /** What a JSON body holds, in words ("an object", "a string"), or null when it is not JSON. */
    static String describe(byte[] body) {
        try {
            JsonNode node = Json.mapper().readTree(body);
            if (node == null || node.isMissingNode()) {
                return "an empty body";
            }
            return switch (node.getNodeType()) {
                case OBJECT -> "an object";
                case ARRAY -> "a list of something else";
                case STRING -> "a string";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "null";
                default -> null;
            };
        } catch (IOException e) {
            return null;
        }
    }

    /** The {@code message} of a JSON error body (unwrapping GitHub errors nested as a JSON string), sanitised, or null. */
    static String messageOf(byte[] body, Secrets secrets) {
        if (body == null || body.length == 0 || !looksLikeJson(body)) {
            return null;
        }
        try {
            JsonNode node = Json.mapper().readTree(body);
            JsonNode message = node == null ? null : node.get("message");
            if (message == null || !message.isTextual()) {
                return null;
            }
            String text = message.asText();
            if (text.startsWith("{")) {
                try {
                    JsonNode inner = Json.mapper().readTree(text).get("message");
                    if (inner != null && inner.isTextual()) {
                        text = inner.asText();
                    }
                } catch (IOException ignored) {
                    // not nested JSON after all; keep the text
                }
            }
            return Text.quoteForMessage(secrets.redact(text).strip());
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean looksLikeJson(byte[] body) {
        for (byte b : body) {
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                continue;
            }
            return b == '{' || b == '[';
        }
        return false;
    }

    private static java.util.List<String> headerNames(ClientSettings settings) {
        return settings.headers().keySet().stream().sorted().toList();
    }

    private static String snippet(byte[] body, Secrets secrets) {
        if (body == null) {
            return "";
        }
        return Text.quoteForMessage(secrets.redact(utf8Prefix(body, SNIPPET * 4)).strip()
                .codePoints().limit(SNIPPET).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString());
    }

    static String utf8Prefix(byte[] body, int max) {
        return new String(body, 0, Math.min(body.length, max), StandardCharsets.UTF_8);
    }
}
