package dev.circleview.api;

import dev.circleview.core.ApiException;
import dev.circleview.core.ExitCode;
import dev.circleview.core.Text;

import java.time.Duration;
import java.util.Locale;

/**
 * Failures without an HTTP answer (refused, unknown host, TLS, cut short, no answer in time) as one
 * clear {@link ApiException}, for the API and for other hosts alike: exit 9, which a retry may cure,
 * except for a certificate that is not trusted, is for another host or has expired: exit 3 (the
 * set-up must change), never retried.
 *
 * @param who   who was asked, as messages name it: "CircleCI", or the other host's name
 * @param host  the host that was asked
 * @param api   whether it is the API root (hints then point at {@code --api-url})
 * @param secrets the token and header values, removed from anything quoted
 */
record NetworkErrors(String who, String host, boolean api, Secrets secrets) {
    static NetworkErrors forApi(ClientSettings settings) {
        return new NetworkErrors("CircleCI", settings.baseUrl().getHost(), true, Secrets.of(settings));
    }

    static NetworkErrors forHost(String host, Secrets secrets) {
        String name = Text.quoteForMessage(String.valueOf(host));
        return new NetworkErrors(name, name, false, secrets);
    }

    ApiException network(Throwable cause) {
        String text = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
        String reach = api ? "cannot reach CircleCI at " + host : "cannot reach " + host;
        String what;
        String hint = api ? "check your network, proxy and --api-url" : "check your network and proxy, and try again";
        if (cause instanceof java.net.ConnectException) {
            what = reach + ": connection refused";
        } else if (cause instanceof java.nio.channels.UnresolvedAddressException || cause instanceof java.net.UnknownHostException) {
            what = reach + ": unknown host";
        } else if (cause instanceof javax.net.ssl.SSLException) {
            String reason = tlsReason(cause);
            what = reach + ": TLS failed (" + reason + ")";
            hint = reason.equals(WRONG_HOST) ? "use the host name that the certificate names"
                    : "for a private CA, pass its certificate with --cacert FILE";
            if (reason.equals(UNTRUSTED) || reason.equals(WRONG_HOST) || reason.equals(EXPIRED)) {
                // trying again cannot fix a certificate: it is the set-up that must change (exit 3, no retry)
                return new ApiException(ExitCode.NOT_CONFIGURED, 0, what, reason.equals(UNTRUSTED)
                        ? "if a private CA or a proxy signs it, trust its certificate with --cacert FILE or cacert in the config file"
                        : hint, cause);
            }
        } else if (text.contains("content-length") || text.contains("eof") || text.contains("reset")) {
            what = "the connection to " + host + " closed before " + (api ? "CircleCI's answer" : "the answer") + " was complete";
        } else {
            what = "network error talking to " + host + ": " + Text.quoteForMessage(secrets.redact(
                    cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
        }
        return new ApiException(ExitCode.UNAVAILABLE, 0, what, hint, cause);
    }

    private static final String WRONG_HOST = "the server's certificate is for another host name";
    private static final String UNTRUSTED = "the server's certificate is not signed by an authority this machine trusts";
    private static final String EXPIRED = "the server's certificate has expired or is not valid yet";

    /** Why a TLS handshake failed, in words rather than JSSE's exception chain. */
    private String tlsReason(Throwable cause) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = cause; t != null && all.length() < 2000; t = t.getCause()) {
            all.append(' ').append(t.getMessage());
        }
        String text = all.toString();
        if (text.contains("PKIX path") || text.contains("unable to find valid certification path")) {
            return UNTRUSTED;
        }
        if (text.contains("No subject alternative") || text.contains("No name matching")) {
            return WRONG_HOST;
        }
        if (text.contains("validity check failed") || text.contains("NotAfter") || text.contains("expired")) {
            return EXPIRED;
        }
        String first = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return Text.quoteForMessage(secrets.redact(first.replaceAll("[a-z]+(\\.[a-z]+)+\\.[A-Za-z]+Exception: ", "")));
    }

    /** The whole time allowed ({@code --timeout}) is spent. */
    ApiException timedOut(Duration timeout) {
        return new ApiException(ExitCode.UNAVAILABLE, 0, who + " did not answer within " + timeout.toSeconds() + " s",
                "try again, or allow more time with --timeout SECONDS");
    }

    /** One attempt got no answer within {@code waited}. */
    ApiException noAnswer(Duration waited) {
        return new ApiException(ExitCode.UNAVAILABLE, 0, who + " did not answer within " + waited.toSeconds() + " s",
                "try again later");
    }
}
