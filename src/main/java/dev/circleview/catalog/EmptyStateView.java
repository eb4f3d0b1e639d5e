package dev.circleview.catalog;

import dev.circleview.core.Text;
import dev.circleview.term.Style;

import java.util.List;

/**
 * The Backstage empty state, "No CI/CD available for this entity", with the exact YAML to add and
 * where. Styled on a terminal, plain text otherwise.
 */
public final class EmptyStateView {
    public static final String TITLE = "No CI/CD available for this entity";
    public static final String LINE =
            "You need to add an annotation to your component if you want to enable CI/CD for it.";
    static final String READ_MORE = "https://backstage.io/docs/features/software-catalog/well-known-annotations";

    private EmptyStateView() {
    }

    public static List<String> lines(MissingAnnotationException e, boolean color) {
        String slug = e.suggestedSlug() != null ? e.suggestedSlug() : "github/ORG/REPO";
        String where = (e.entityName() != null ? "entity \"" + Text.quoteForMessage(e.entityName()) + "\" in " : "") + Text.path(e.file());
        return List.of(
                Style.BOLD.apply(TITLE, color),
                "",
                LINE,
                "Add it under metadata: of " + where + ":",
                "",
                Style.DIM.apply("  metadata:", color),
                Style.DIM.apply("    annotations:", color),
                Style.GREEN.apply("      " + CatalogReader.ANNOTATION + ": " + slug, color),
                "",
                (e.suggestedSlug() != null ? "(" + slug + " is taken from this checkout's git remote.) " : "")
                        + "To look once without changing the file: circle-view builds --project " + slug,
                "Read more: " + READ_MORE);
    }
}
