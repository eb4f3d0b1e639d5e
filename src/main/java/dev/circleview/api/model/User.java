package dev.circleview.api.model;

/** The user a build ran for; API-triggered builds have {@code login} "none" and {@code is_user} false. */
public record User(String login, String name, Boolean isUser, String avatarUrl) {
}
