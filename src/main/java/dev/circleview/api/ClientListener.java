package dev.circleview.api;

/** Where the client reports what it does: request lines for {@code --debug}, and waits worth a notice. */
public interface ClientListener {
    ClientListener SILENT = new ClientListener() {
    };

    /** A line for {@code --debug}: requests, statuses, timings. Never contains the token. */
    default void debug(String line) {
    }

    /** The client is about to wait before trying again (a retry after 429, 5xx or a network error). */
    default void retrying(String reason, java.time.Duration delay, int attempt, int attempts) {
    }
}
