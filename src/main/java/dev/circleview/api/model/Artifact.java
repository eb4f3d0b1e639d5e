package dev.circleview.api.model;

/**
 * One file a build stored ({@code GET …/:build_num/artifacts}). {@code path} is relative to the
 * working folder on 2.0 builds and was absolute on 1.0 ones; {@code prettyPath} is kept for
 * compatibility and today equals {@code path}; {@code nodeIndex} is the container; {@code url} is
 * where to fetch it, usually on a {@code *.circle-artifacts.com} host. Every field may be null.
 */
public record Artifact(String path, String prettyPath, Integer nodeIndex, String url) {
}
