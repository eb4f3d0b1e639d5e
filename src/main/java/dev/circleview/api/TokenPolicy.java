package dev.circleview.api;

/**
 * Who may be sent the API token when circle-view fetches an address that is not under the API root
 * ({@link Transport#openExternal}): decided again for every redirect hop, and only ever for the host
 * first asked, so a redirect to another host never carries it (not even to another allowed one).
 */
public enum TokenPolicy {
    /** Never send it: presigned links such as a step's {@code output_url} carry their own permission. */
    NEVER,
    /**
     * Send it only to the API root's own origin, and over https to {@code circle-artifacts.com} and its
     * subdomains (where CircleCI serves build artifacts); never to any other host, such as the storage
     * an artifact redirects to.
     */
    ARTIFACT_HOSTS;

    /**
     * Whether a request to {@code target}, reached from the address first asked for ({@code first},
     * the same unless redirected), may carry the token, given the API root {@code api}.
     */
    boolean allows(java.net.URI first, java.net.URI target, java.net.URI api) {
        return allows(target, api) && target.getHost() != null && target.getHost().equalsIgnoreCase(first.getHost());
    }

    /** Whether a request to {@code target} may carry the token, given the API root {@code api}. */
    boolean allows(java.net.URI target, java.net.URI api) {
        if (this == NEVER) {
            return false;
        }
        if (Transport.sameOrigin(api, target)) {
            return true;
        }
        String host = target.getHost() == null ? "" : target.getHost().toLowerCase(java.util.Locale.ROOT);
        return "https".equalsIgnoreCase(target.getScheme())
                && (host.equals("circle-artifacts.com") || host.endsWith(".circle-artifacts.com"));
    }
}
