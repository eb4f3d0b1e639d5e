package dev.circleview.catalog;

import dev.circleview.core.ExitCode;
import dev.circleview.core.NotConfiguredException;
import dev.circleview.core.ProjectSlug;
import dev.circleview.core.UsageException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectResolverTest {

    @TempDir
    Path dir;

    private Path repo;
    private final List<String> notes = new ArrayList<>();

    @BeforeEach
    void checkout() throws IOException {
        repo = Files.createDirectories(dir.resolve("svc"));
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/config"), """
                [remote "origin"]
                \turl = git@github.com:acme/svc.git
                """);
    }

    // ---- precedence ----

    @Test
    void theProjectFlagWinsOverEverything() throws IOException {
        catalog("""
                kind: Component
                metadata:
                  name: svc
                  annotations:
                    circleci.com/project-slug: github/acme/from-catalog
                """);

        ProjectSlug slug = resolve("gh/acme/from-flag", "github/acme/from-env", null, null, repo);

        assertEquals(new ProjectSlug("github", "acme", "from-flag"), slug);
        assertEquals(List.of(), notes);
    }

    @Test
    void theProjectFlagNeverReadsTheCatalog() throws IOException {
        catalog("this: [is not: valid\n");

        assertEquals(new ProjectSlug("bitbucket", "team", "repo"),
                resolve("bb/team/repo", null, Path.of("missing.yaml"), "nobody", repo));
    }

    @Test
    void theEnvironmentWinsOverTheCatalog() throws IOException {
        catalog("this: [is not: valid\n");

        assertEquals(new ProjectSlug("github", "acme", "from-env"), resolve(null, "github/acme/from-env", null, null, repo));
    }

    @Test
    void aBlankEnvironmentValueIsIgnored() throws IOException {
        catalog("""
                kind: Component
                metadata:
                  name: svc
                  annotations:
                    circleci.com/project-slug: github/acme/svc
                """);

        assertEquals(new ProjectSlug("github", "acme", "svc"), resolve(null, "  ", null, null, repo));
    }

    @Test
    void anInvalidFlagNamesTheFlag() {
        UsageException e = assertThrows(UsageException.class, () -> resolve("acme/svc", null, null, null, repo));

        assertEquals("invalid project slug \"acme/svc\" from --project: it has 2 parts, not 3", e.getMessage());
    }

    @Test
    void anEmptyFlagIsAnError() {
        UsageException e = assertThrows(UsageException.class, () -> resolve("", "github/acme/env", null, null, repo));

        assertEquals("invalid project slug \"\" from --project: it is empty", e.getMessage());
    }

    @Test
    void anInvalidEnvironmentValueNamesTheVariable() {
        UsageException e = assertThrows(UsageException.class, () -> resolve(null, "gitlab/acme/svc", null, null, repo));

        assertEquals("invalid project slug \"gitlab/acme/svc\" from CIRCLE_VIEW_PROJECT: \"gitlab\" is not a known VCS",
                e.getMessage());
    }

    // ---- the catalog file ----

    @Test
    void theCatalogIsFoundFromANestedFolder() throws IOException {
        catalog("""
                kind: Component
                metadata:
                  name: svc
                  annotations:
                    circleci.com/project-slug: gh/acme/svc
                """);
        Path nested = Files.createDirectories(repo.resolve("src/main/java"));

        assertEquals(new ProjectSlug("github", "acme", "svc"), resolve(null, null, null, null, nested));
        assertEquals(List.of(), notes);
    }

    @Test
    void theCatalogFlagIsResolvedFromTheCurrentFolder() throws IOException {
        Path other = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(other.resolve("my-catalog.yaml"), """
                kind: Component
                metadata:
                  name: other
                  annotations:
                    circleci.com/project-slug: circleci/1234-org/5678-proj
                """);

        assertEquals(new ProjectSlug("circleci", "1234-org", "5678-proj"),
                resolve(null, null, Path.of("../elsewhere/my-catalog.yaml"), null, repo));
    }

    @Test
    void theCatalogFlagWinsOverTheFoundFile() throws IOException {
        catalog("""
                kind: Component
                metadata:
                  annotations:
                    circleci.com/project-slug: github/acme/found
                """);
        Path given = Files.writeString(dir.resolve("given.yaml"), """
                kind: Component
                metadata:
                  annotations:
                    circleci.com/project-slug: github/acme/given
                """);

        assertEquals(new ProjectSlug("github", "acme", "given"), resolve(null, null, given, null, repo));
    }

    @Test
    void aSlugWithSurroundingSpacesIsStripped() throws IOException {
        catalog("""
                kind: Component
                metadata:
                  name: svc
                  annotations:
                    circleci.com/project-slug: "  github/acme/svc  "
                """);

        assertEquals(new ProjectSlug("github", "acme", "svc"), resolve(null, null, null, null, repo));
    }

    @Test
    void anInvalidAnnotationNamesTheFileAndEntity() throws IOException {
        Path file = catalog("""
                kind: Component
                metadata:
                  name: svc
                  annotations:
                    circleci.com/project-slug: acme/svc
                """);

        UsageException e = assertThrows(UsageException.class, () -> resolve(null, null, null, null, repo));

        assertEquals("invalid project slug \"acme/svc\" from " + file + " (entity \"svc\"): it has 2 parts, not 3",
                e.getMessage());
    }

    @Test
    void aBrokenCatalogIsNotConfigured() throws IOException {
        Path file = catalog("kind: Component\nkind: API\n");

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> resolve(null, null, null, null, repo));

        assertEquals(file + ":2:1: invalid YAML: duplicate key \"kind\" (first on line 1)", e.getMessage());
    }

    // ---- several annotated entities ----

    private static final String SEVERAL = """
            kind: System
            metadata:
              name: shop
              annotations:
                circleci.com/project-slug: github/acme/shop
            ---
            kind: Component
            metadata:
              name: shop-api
              annotations:
                circleci.com/project-slug: github/acme/shop-api
            ---
            kind: Component
            metadata:
              name: shop-web
              annotations:
                circleci.com/project-slug: github/acme/shop-web
            ---
            kind: Component
            metadata:
              name: docs
            """;

    @Test
    void severalAnnotatedEntitiesPickTheFirstComponentWithANote() throws IOException {
        Path file = catalog(SEVERAL);

        ProjectSlug slug = resolve(null, null, null, null, repo);

        assertEquals(new ProjectSlug("github", "acme", "shop-api"), slug);
        assertEquals(List.of("using entity \"shop-api\" (github/acme/shop-api) from " + file
                + "; 2 others also name a CircleCI project: shop, shop-web. Pick one with --entity NAME"), notes);
    }

    @Test
    void twoAnnotatedEntitiesGiveASingularNote() throws IOException {
        Path file = catalog("""
                kind: Component
                metadata:
                  name: api
                  annotations:
                    circleci.com/project-slug: github/acme/api
                ---
                kind: Component
                metadata:
                  name: web
                  annotations:
                    circleci.com/project-slug: github/acme/web
                """);

        assertEquals(new ProjectSlug("github", "acme", "api"), resolve(null, null, null, null, repo));
        assertEquals(List.of("using entity \"api\" (github/acme/api) from " + file
                + "; 1 other also names a CircleCI project: web. Pick one with --entity NAME"), notes);
    }

    @Test
    void withoutAComponentTheFirstAnnotatedEntityIsUsed() throws IOException {
        Path file = catalog("""
                kind: Resource
                metadata:
                  name: db
                ---
                kind: API
                metadata:
                  annotations:
                    circleci.com/project-slug: github/acme/api-spec
                ---
                kind: System
                metadata:
                  name: shop
                  annotations:
                    circleci.com/project-slug: github/acme/shop
                """);

        assertEquals(new ProjectSlug("github", "acme", "api-spec"), resolve(null, null, null, null, repo));
        assertEquals(List.of("using entity \"document 2\" (github/acme/api-spec) from " + file
                + "; 1 other also names a CircleCI project: shop. Pick one with --entity NAME"), notes);
    }

    @Test
    void theEntityFlagPicksWithoutANote() throws IOException {
        catalog(SEVERAL);

        assertEquals(new ProjectSlug("github", "acme", "shop-web"), resolve(null, null, null, "shop-web", repo));
        assertEquals(new ProjectSlug("github", "acme", "shop"), resolve(null, null, null, "shop", repo));
        assertEquals(List.of(), notes);
    }

    @Test
    void oneAnnotatedEntityAmongOthersIsUsedWithoutANote() throws IOException {
        catalog("""
                kind: Component
                metadata:
                  name: first
                ---
                kind: Component
                metadata:
                  name: second
                  annotations:
                    circleci.com/project-slug: github/acme/second
                """);

        assertEquals(new ProjectSlug("github", "acme", "second"), resolve(null, null, null, null, repo));
        assertEquals(List.of(), notes);
    }

    @Test
    void theNoteEscapesAnUnparsedSlug() throws IOException {
        Path file = catalog("""
                kind: Component
                metadata:
                  name: api
                  annotations:
                    circleci.com/project-slug: "github/acme/api\\e[2J"
                ---
                kind: Component
                metadata:
                  name: web
                  annotations:
                    circleci.com/project-slug: github/acme/web
                """);

        assertThrows(UsageException.class, () -> resolve(null, null, null, null, repo));
        assertEquals(List.of("using entity \"api\" (github/acme/api\\u001b[2J) from " + file
                + "; 1 other also names a CircleCI project: web. Pick one with --entity NAME"), notes);
    }

    @Test
    void anUnknownEntityListsTheEntities() throws IOException {
        Path file = catalog(SEVERAL + """
                ---
                kind: Group
                """);

        UsageException e = assertThrows(UsageException.class, () -> resolve(null, null, null, "shop-mobile", repo));

        assertEquals("no entity named \"shop-mobile\" in " + file, e.getMessage());
        assertEquals("its entities are: shop, shop-api, shop-web, docs, document 5", e.hint());
        assertEquals(ExitCode.USAGE, e.exitCode());
    }

    @Test
    void anUnknownEntityInAnEmptyFile() throws IOException {
        Path file = catalog("# nothing yet\n");

        UsageException e = assertThrows(UsageException.class, () -> resolve(null, null, null, "svc", repo));

        assertEquals("no entity named \"svc\" in " + file, e.getMessage());
        assertEquals("the file has no entities", e.hint());
    }

    @Test
    void anUnknownEntityNameIsEscaped() throws IOException {
        Path file = catalog(SEVERAL);

        UsageException e = assertThrows(UsageException.class, () -> resolve(null, null, null, "x\u001b]0;hi\u0007", repo));

        assertEquals("no entity named \"x\\u001b]0;hi\\u0007\" in " + file, e.getMessage());
    }

    // ---- the empty state ----

    @Test
    void noAnnotationIsTheEmptyStateWithAGuessFromTheRemote() throws IOException {
        Path file = catalog("""
                kind: System
                metadata:
                  name: shop
                ---
                kind: Component
                metadata:
                  name: svc
                """);

        MissingAnnotationException e = assertThrows(MissingAnnotationException.class,
                () -> resolve(null, null, null, null, repo));

        assertEquals(file, e.file());
        assertEquals("svc", e.entityName());
        assertEquals("github/acme/svc", e.suggestedSlug());
        assertEquals("No CI/CD available for this entity", e.getMessage());
        assertEquals(ExitCode.NOT_CONFIGURED, e.exitCode());
    }

    @Test
    void withoutAComponentTheEmptyStateNamesTheFirstEntity() throws IOException {
        catalog("""
                kind: System
                metadata:
                  name: shop
                ---
                kind: API
                metadata:
                  name: spec
                """);

        MissingAnnotationException e = assertThrows(MissingAnnotationException.class,
                () -> resolve(null, null, null, null, repo));

        assertEquals("shop", e.entityName());
    }

    @Test
    void aBlankAnnotationIsTheEmptyState() throws IOException {
        Path file = catalog("""
                kind: Component
                metadata:
                  name: svc
                  annotations:
                    circleci.com/project-slug: "   "
                """);

        MissingAnnotationException e = assertThrows(MissingAnnotationException.class,
                () -> resolve(null, null, null, null, repo));

        assertEquals(file, e.file());
        assertEquals("svc", e.entityName());
        assertEquals("github/acme/svc", e.suggestedSlug());
    }

    @Test
    void aNullAnnotationIsTheEmptyState() throws IOException {
        catalog("""
                kind: Component
                metadata:
                  name: svc
                  annotations:
                    circleci.com/project-slug:
                """);

        MissingAnnotationException e = assertThrows(MissingAnnotationException.class,
                () -> resolve(null, null, null, null, repo));

        assertEquals("svc", e.entityName());
    }

    @Test
    void theEntityFlagOnAnUnannotatedEntityIsTheEmptyStateForIt() throws IOException {
        catalog(SEVERAL);

        MissingAnnotationException e = assertThrows(MissingAnnotationException.class,
                () -> resolve(null, null, null, "docs", repo));

        assertEquals("docs", e.entityName());
        assertEquals(List.of(), notes);
    }

    @Test
    void anEmptyCatalogIsTheEmptyStateWithoutAnEntity() throws IOException {
        Path file = catalog("");

        MissingAnnotationException e = assertThrows(MissingAnnotationException.class,
                () -> resolve(null, null, null, null, repo));

        assertEquals(file, e.file());
        assertNull(e.entityName());
        assertEquals("github/acme/svc", e.suggestedSlug());
    }

    @Test
    void withoutAHostedRemoteThereIsNoSuggestion() throws IOException {
        Files.writeString(repo.resolve(".git/config"), "[remote \"origin\"]\n\turl = git@gitlab.com:acme/svc.git\n");
        catalog("kind: Component\nmetadata:\n  name: svc\n");

        MissingAnnotationException e = assertThrows(MissingAnnotationException.class,
                () -> resolve(null, null, null, null, repo));

        assertNull(e.suggestedSlug());
    }

    @Test
    void theSuggestionComesFromTheCheckoutHoldingTheCatalogFlagFile() throws IOException {
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.createDirectories(other.resolve(".git"));
        Files.writeString(other.resolve(".git/config"), "[remote \"origin\"]\n\turl = https://bitbucket.org/team/other\n");
        Path file = Files.writeString(other.resolve("catalog-info.yaml"), "kind: Component\nmetadata:\n  name: other\n");

        MissingAnnotationException e = assertThrows(MissingAnnotationException.class,
                () -> resolve(null, null, file, null, repo));

        assertEquals("bitbucket/team/other", e.suggestedSlug());
        assertEquals("other", e.entityName());
    }

    // ---- no catalog file ----

    @Test
    void noCatalogFileSaysWhereItLookedAndSuggestsTheRemote() throws IOException {
        Path nested = Files.createDirectories(repo.resolve("src/main"));

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> resolve(null, null, null, null, nested));

        assertEquals("no catalog-info.yaml found in " + nested + " or any folder up to " + repo, e.getMessage());
        assertEquals("pass the project with --project github/acme/svc, or name a catalog file with --catalog FILE", e.hint());
        assertEquals(ExitCode.NOT_CONFIGURED, e.exitCode());
    }

    @Test
    void noCatalogFileAtTheRootNamesOnlyTheRoot() {
        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> resolve(null, null, null, null, repo));

        assertEquals("no catalog-info.yaml found in " + repo, e.getMessage());
    }

    @Test
    void aFolderNameWithEscapeSequencesIsEscapedInTheMessage() throws IOException {
        // a cloned repository decides its folder names
        Path hostile = Files.createDirectories(repo.resolve("x\u001b]0;pwned\u0007\n\u202e"));

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> resolve(null, null, null, null, hostile));

        assertEquals("no catalog-info.yaml found in " + repo + "/x\\u001b]0;pwned\\u0007\\n\\u202e or any folder up to " + repo,
                e.getMessage());
    }

    @Test
    void theCatalogFileIsEscapedInNotesAndErrors() throws IOException {
        Path hostile = Files.createDirectories(repo.resolve("x\u001b[2J"));
        Path file = Files.writeString(hostile.resolve("catalog-info.yaml"), SEVERAL);
        String shown = repo + "/x\\u001b[2J/catalog-info.yaml";

        resolve(null, null, null, null, hostile);
        UsageException e = assertThrows(UsageException.class, () -> resolve(null, null, file, "nobody", hostile));

        assertEquals(1, notes.size());
        assertTrue(notes.get(0).contains(" from " + shown + "; "), notes.get(0));
        assertEquals("no entity named \"nobody\" in " + shown, e.getMessage());
    }

    @Test
    void noCatalogFileAndNoHostedRemoteGivesAPlaceholder() throws IOException {
        Files.writeString(repo.resolve(".git/config"), "[core]\n\tbare = false\n");

        NotConfiguredException e = assertThrows(NotConfiguredException.class, () -> resolve(null, null, null, null, repo));

        assertEquals("pass the project with --project github/ORG/REPO, or name a catalog file with --catalog FILE", e.hint());
    }

    @Test
    void aMissingCatalogFlagFileIsNamed() {
        Path missing = repo.resolve("nope.yaml");

        NotConfiguredException e = assertThrows(NotConfiguredException.class,
                () -> resolve(null, null, Path.of("nope.yaml"), null, repo));

        assertEquals(missing + ": no such file", e.getMessage());
        assertEquals("check the path given to --catalog", e.hint());
    }

    // ---- several projects (builds) ----

    @Test
    void everyProjectFlagInOrderEachOnce() {
        assertEquals(List.of(new ProjectSlug("github", "acme", "web"), new ProjectSlug("bitbucket", "acme", "api")),
                ProjectResolver.resolveAll(List.of("gh/acme/web", "bb/acme/api", "github/acme/web"), false, "github/acme/env",
                        null, null, repo, notes::add));
    }

    @Test
    void allEntitiesTakesEveryAnnotatedEntityInFileOrderEachOnce() throws IOException {
        catalog("""
                kind: System
                metadata:
                  name: platform
                  annotations:
                    circleci.com/project-slug: github/acme/web
                ---
                kind: Component
                metadata:
                  name: docs
                ---
                kind: Component
                metadata:
                  name: api
                  annotations:
                    circleci.com/project-slug: "  gh/acme/api "
                ---
                kind: Component
                metadata:
                  name: web-again
                  annotations:
                    circleci.com/project-slug: github/acme/web
                """);

        assertEquals(List.of(new ProjectSlug("github", "acme", "web"), new ProjectSlug("github", "acme", "api")),
                ProjectResolver.resolveAll(List.of(), true, "github/acme/env", null, null, repo, notes::add));
        assertEquals(List.of(), notes, "nothing was chosen over anything else");
    }

    @Test
    void withoutFlagsItIsTheOneProjectResolveFinds() throws IOException {
        catalog("""
                kind: Component
                metadata:
                  name: svc
                  annotations:
                    circleci.com/project-slug: github/acme/svc
                """);

        assertEquals(List.of(new ProjectSlug("github", "acme", "svc")),
                ProjectResolver.resolveAll(List.of(), false, null, null, null, repo, notes::add));
    }

    @Test
    void allEntitiesRefusesProjectAndEntity() {
        UsageException withProject = assertThrows(UsageException.class,
                () -> ProjectResolver.resolveAll(List.of("gh/a/b"), true, null, null, null, repo, notes::add));
        UsageException withEntity = assertThrows(UsageException.class,
                () -> ProjectResolver.resolveAll(List.of(), true, null, null, "svc", repo, notes::add));
        assertTrue(withProject.getMessage().contains("--project"), withProject.getMessage());
        assertTrue(withEntity.getMessage().contains("--entity"), withEntity.getMessage());
    }

    private ProjectSlug resolve(String project, String env, Path catalog, String entity, Path cwd) {
        return ProjectResolver.resolve(project, env, catalog, entity, cwd, notes::add);
    }

    private Path catalog(String yaml) throws IOException {
        return Files.writeString(repo.resolve("catalog-info.yaml"), yaml);
    }
}
