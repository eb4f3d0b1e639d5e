package dev.circleview.catalog;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EmptyStateViewTest {
    private static final Path FILE = Path.of("catalog-info.yaml");

    @Test
    void withASuggestedSlug() {
        List<String> lines = EmptyStateView.lines(new MissingAnnotationException(FILE, "shop", "github/acme/shop"), false);
        assertEquals(List.of(
                "No CI/CD available for this entity",
                "",
                "You need to add an annotation to your component if you want to enable CI/CD for it.",
                "Add it under metadata: of entity \"shop\" in catalog-info.yaml:",
                "",
                "  metadata:",
                "    annotations:",
                "      circleci.com/project-slug: github/acme/shop",
                "",
                "(github/acme/shop is taken from this checkout's git remote.) "
                        + "To look once without changing the file: circle-view builds --project github/acme/shop",
                "Read more: https://backstage.io/docs/features/software-catalog/well-known-annotations"), lines);
    }

    @Test
    void withoutASuggestedSlugOrEntityName() {
        List<String> lines = EmptyStateView.lines(new MissingAnnotationException(Path.of("svc", "catalog-info.yaml"), null, null), false);
        assertEquals(List.of(
                "No CI/CD available for this entity",
                "",
                "You need to add an annotation to your component if you want to enable CI/CD for it.",
                "Add it under metadata: of svc/catalog-info.yaml:",
                "",
                "  metadata:",
                "    annotations:",
                "      circleci.com/project-slug: github/ORG/REPO",
                "",
                "To look once without changing the file: circle-view builds --project github/ORG/REPO",
                "Read more: https://backstage.io/docs/features/software-catalog/well-known-annotations"), lines);
    }

    @Test
    void withColour() {
        List<String> lines = EmptyStateView.lines(new MissingAnnotationException(FILE, "shop", "github/acme/shop"), true);
        assertEquals(List.of(
                "\u001b[1mNo CI/CD available for this entity\u001b[0m",
                "",
                "You need to add an annotation to your component if you want to enable CI/CD for it.",
                "Add it under metadata: of entity \"shop\" in catalog-info.yaml:",
                "",
                "\u001b[2m  metadata:\u001b[0m",
                "\u001b[2m    annotations:\u001b[0m",
                "\u001b[32m      circleci.com/project-slug: github/acme/shop\u001b[0m",
                "",
                "(github/acme/shop is taken from this checkout's git remote.) "
                        + "To look once without changing the file: circle-view builds --project github/acme/shop",
                "Read more: https://backstage.io/docs/features/software-catalog/well-known-annotations"), lines);
    }

    @Test
    void withColourWithoutASuggestedSlug() {
        List<String> lines = EmptyStateView.lines(new MissingAnnotationException(FILE, null, null), true);
        assertEquals("\u001b[1mNo CI/CD available for this entity\u001b[0m", lines.get(0));
        assertEquals("\u001b[32m      circleci.com/project-slug: github/ORG/REPO\u001b[0m", lines.get(7));
        assertEquals("To look once without changing the file: circle-view builds --project github/ORG/REPO", lines.get(9));
    }

    @Test
    void theTitleAndLineAreTheBackstagePluginsWords() {
        assertEquals("No CI/CD available for this entity", EmptyStateView.TITLE);
        assertEquals("You need to add an annotation to your component if you want to enable CI/CD for it.", EmptyStateView.LINE);
    }

    @Test
    void aHostileEntityNameIsQuotedNotObeyed() {
        List<String> lines = EmptyStateView.lines(
                new MissingAnnotationException(FILE, "shop\u001b[2J\n\u202e", null), false);
        assertEquals("Add it under metadata: of entity \"shop\\u001b[2J\\n\\u202e\" in catalog-info.yaml:", lines.get(3));
    }

    @Test
    void aFileWithEscapeSequencesInItsPathIsEscaped() {
        List<String> lines = EmptyStateView.lines(
                new MissingAnnotationException(Path.of("evil\u001b]0;title\u0007", "catalog-info.yaml"), null, null), false);
        assertEquals("Add it under metadata: of evil\\u001b]0;title\\u0007/catalog-info.yaml:", lines.get(3));
    }
}
