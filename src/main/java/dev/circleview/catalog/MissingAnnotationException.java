package dev.circleview.catalog;

import dev.circleview.core.ExitCode;
import dev.circleview.core.CircleViewException;

import java.nio.file.Path;
import java.util.List;

/**
 * The empty state: a catalog file whose entity has no (or a blank) {@code circleci.com/project-slug}
 * annotation. Shown as the Backstage plugin's "No CI/CD available for this entity", with the YAML to add.
 *
 * @param file          the catalog file
 * @param entityName    the entity the annotation belongs to (may be null)
 * @param suggestedSlug the slug guessed from the git remote, or null
 */
public final class MissingAnnotationException extends CircleViewException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String entityName;
    private final String suggestedSlug;

    public MissingAnnotationException(Path file, String entityName, String suggestedSlug) {
        super(ExitCode.NOT_CONFIGURED, "No CI/CD available for this entity", null);
        this.file = file;
        this.entityName = entityName;
        this.suggestedSlug = suggestedSlug;
    }

    public Path file() {
        return file;
    }

    public String entityName() {
        return entityName;
    }

    public String suggestedSlug() {
        return suggestedSlug;
    }

    @Override
    public List<String> lines(boolean color) {
        return EmptyStateView.lines(this, color);
    }
}
