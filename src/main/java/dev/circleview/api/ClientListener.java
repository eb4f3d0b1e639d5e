package dev.circleview.api;

/** Where the client reports what it does: request lines for {@code --debug}, waits worth a notice, requests coming and going. */
public interface ClientListener {
    ClientListener SILENT = new ClientListener() {
    };

    /** A line for {@code --debug}: requests, statuses, timings. Never contains the token. */
    default void debug(String line) {
    }

    /** The client is about to wait before trying again (a retry after 429, 5xx or a network error). */
    default void retrying(String reason, java.time.Duration delay, int attempt, int attempts) {
    }

    /** A request goes out; its retries and redirects belong to it. Requests may overlap (pages, logs). */
    default void requestStarted() {
    }

    /** A request that {@link #requestStarted() started} has its answer (for a download: its headers), or failed. */
    default void requestFinished() {
    }
}
