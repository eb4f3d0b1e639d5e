package dev.circleview.catalog;

import dev.circleview.core.NotConfiguredException;
import dev.circleview.core.ProjectSlug;
import dev.circleview.core.Text;
import dev.circleview.core.UsageException;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Decides which CircleCI project a command is about: {@code --project}, then {@code CIRCLE_VIEW_PROJECT},
 * then the annotation in {@code catalog-info.yaml} ({@code --catalog}, or found from the current folder).
 * The catalog file is only read when neither of the first two is given. {@link #resolveAll} finds
 * the several projects of a command that lists them together.
 */
public final class ProjectResolver {
    private ProjectResolver() {
    }

    /**
     * @param project     {@code --project}, or null
     * @param envProject  {@code CIRCLE_VIEW_PROJECT}, or null
     * @param catalog     {@code --catalog}, or null to search from {@code cwd}
     * @param entity      {@code --entity}, or null
     * @param cwd         where the search starts
     * @param notes       receives remarks for stderr (which entity was chosen when there was a choice)
     */
    public static ProjectSlug resolve(String project, String envProject, Path catalog, String entity, Path cwd,
                                      Consumer<String> notes) {
        return resolveWithSource(project, envProject, catalog, entity, cwd, notes).slug();
    }

    /** The project and where it came from ("--project", "CIRCLE_VIEW_PROJECT", or the catalog file and entity). */
    public record Resolved(ProjectSlug slug, String source) {
    }

    /** {@link #resolve}, saying where the project came from. */
    public static Resolved resolveWithSource(String project, String envProject, Path catalog, String entity, Path cwd,
                                             Consumer<String> notes) {
        if (project != null) {
            return new Resolved(ProjectSlug.parse(project, "--project"), "--project");
        }
        if (envProject != null && !envProject.isBlank()) {
            return new Resolved(ProjectSlug.parse(envProject, "CIRCLE_VIEW_PROJECT"), "CIRCLE_VIEW_PROJECT");
        }
        Path file = catalogFile(catalog, cwd);
        List<CatalogReader.Entity> entities = CatalogReader.read(file);
        CatalogReader.Entity chosen = choose(entities, entity, file, notes);
        if (chosen == null || chosen.slug() == null || chosen.slug().isBlank()) {
            throw missing(file, chosen, cwd);
        }
        String source = source(chosen, file);
        return new Resolved(ProjectSlug.parse(chosen.slug().strip(), source), source);
    }

    /**
     * The projects of a command that lists several ({@code builds}), in the order given, each once:
     * every {@code --project}; with {@code allEntities}, every entity of the catalog file that has
     * the annotation; otherwise the one project {@link #resolve} finds.
     *
     * @param projects    every {@code --project}, possibly none
     * @param allEntities {@code --all-entities}: read the catalog file even when a project is set in the environment
     */
    public static List<ProjectSlug> resolveAll(List<String> projects, boolean allEntities, String envProject, Path catalog,
                                               String entity, Path cwd, Consumer<String> notes) {
        if (allEntities && !projects.isEmpty()) {
            throw new UsageException("--all-entities and --project do not go together",
                    "give the projects with --project (repeated), or take them all from the catalog with --all-entities");
        }
        if (allEntities && entity != null) {
            throw new UsageException("--all-entities and --entity do not go together",
                    "--all-entities takes every entity that names a project; --entity picks one");
        }
        if (!projects.isEmpty()) {
            return projects.stream().map(p -> ProjectSlug.parse(p, "--project")).distinct().toList();
        }
        if (!allEntities) {
            return List.of(resolve(null, envProject, catalog, entity, cwd, notes));
        }
        Path file = catalogFile(catalog, cwd);
        List<CatalogReader.Entity> entities = CatalogReader.read(file);
        List<ProjectSlug> slugs = entities.stream()
                .filter(e -> e.slug() != null && !e.slug().isBlank())
                .map(e -> slug(e, file))
                .distinct().toList();
        if (slugs.isEmpty()) {
            throw missing(file, choose(entities, null, file, notes), cwd);
        }
        return slugs;
    }

    /** {@code --catalog}, or the catalog file found from {@code cwd} up to the repository root. */
    private static Path catalogFile(Path catalog, Path cwd) {
        if (catalog != null) {
            return cwd.resolve(catalog);
        }
        CatalogFile.Search search = CatalogFile.find(cwd);
        if (search.found() == null) {
            String guess = GitRemote.guessSlug(CatalogFile.repositoryRoot(cwd));
            throw new NotConfiguredException(
                    "no catalog-info.yaml found in " + Text.path(search.start())
                            + (search.stop().equals(search.start().toAbsolutePath().normalize())
                            ? "" : " or any folder up to " + Text.path(search.stop())),
                    "pass the project with --project " + (guess != null ? guess : "github/ORG/REPO")
                            + ", or name a catalog file with --catalog FILE");
        }
        return search.found();
    }

    /** The empty state, for the entity that should have the annotation. */
    private static MissingAnnotationException missing(Path file, CatalogReader.Entity entity, Path cwd) {
        return new MissingAnnotationException(file, entity == null ? null : entity.name(),
                GitRemote.guessSlug(CatalogFile.repositoryRoot(file.getParent() == null ? cwd : file.getParent())));
    }

    private static ProjectSlug slug(CatalogReader.Entity entity, Path file) {
        return ProjectSlug.parse(entity.slug().strip(), source(entity, file));
    }

    /** Where an entity's project comes from, as messages name it: the file and the entity. */
    private static String source(CatalogReader.Entity entity, Path file) {
        return Text.path(file) + " (entity \"" + Text.quoteForMessage(entity.label()) + "\")";
    }

    private static CatalogReader.Entity choose(List<CatalogReader.Entity> entities, String name, Path file,
                                               Consumer<String> notes) {
        if (name != null) {
            return entities.stream().filter(e -> name.equals(e.name())).findFirst().orElseThrow(() ->
                    new UsageException("no entity named \"" + Text.quoteForMessage(name) + "\" in " + Text.path(file),
                            entities.isEmpty() ? "the file has no entities"
                                    : "its entities are: " + entities.stream().map(e -> Text.quoteForMessage(e.label()))
                                    .collect(Collectors.joining(", "))));
        }
        List<CatalogReader.Entity> annotated = entities.stream()
                .filter(e -> e.slug() != null && !e.slug().isBlank()).toList();
        if (annotated.isEmpty()) {
            return entities.stream().filter(e -> "Component".equals(e.kind())).findFirst()
                    .orElse(entities.isEmpty() ? null : entities.get(0));
        }
        if (annotated.size() == 1) {
            return annotated.get(0);
        }
        CatalogReader.Entity chosen = annotated.stream().filter(e -> "Component".equals(e.kind())).findFirst()
                .orElse(annotated.get(0));
        // the slug is not parsed yet: quote it, it may hold anything
        notes.accept("using entity \"" + Text.quoteForMessage(chosen.label()) + "\" (" + Text.quoteForMessage(chosen.slug().strip())
                + ") from " + Text.path(file) + "; " + (annotated.size() - 1) + (annotated.size() > 2 ? " others also name" : " other also names")
                + " a CircleCI project: " + annotated.stream().filter(e -> e != chosen)
                .map(e -> Text.quoteForMessage(e.label())).collect(Collectors.joining(", "))
                + ". Pick one with --entity NAME");
        return chosen;
    }
}
