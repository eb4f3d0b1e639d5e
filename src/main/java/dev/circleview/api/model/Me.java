package dev.circleview.api.model;

/** The token's user, as {@code GET /me} returns it; only the login and name are read. */
public record Me(String login, String name) {
}
