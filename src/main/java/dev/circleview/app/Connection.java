package dev.circleview.app;

import dev.circleview.api.CircleCiClient;
import dev.circleview.core.ProjectSlug;

import java.util.List;

/** What a command that talks to CircleCI about one project works with: the project and the client. */
public record Connection(ProjectSlug slug, CircleCiClient client) {

    /** The projects of a command that lists several, in order, each once, and the client. */
    public record Several(List<ProjectSlug> slugs, CircleCiClient client) {
    }
}
