package dev.circleview.api.model;

/** A note CircleCI attaches to a build ({@code messages[]}), such as why it was not run. Either field may be null. */
public record Message(String type, String message) {
}
