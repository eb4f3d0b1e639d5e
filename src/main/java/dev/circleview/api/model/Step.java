package dev.circleview.api.model;

import java.util.List;
import java.util.Objects;

/**
 * One step of a build: its name and one {@link Action} per container it ran on (a step that runs
 * on every container of a parallel build has several; {@code actions[].index} is the container).
 */
public record Step(String name, List<Action> actions) {
    public Step {
        actions = actions == null ? List.of() : actions.stream().filter(Objects::nonNull).toList();
    }
}
