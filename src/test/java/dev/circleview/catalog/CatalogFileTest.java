package dev.circleview.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CatalogFileTest {

    @TempDir
    Path dir;

    @Test
    void findsTheFileInTheStartFolder() throws IOException {
        Path repo = gitCheckout("repo");
        Path file = Files.writeString(repo.resolve("catalog-info.yaml"), "kind: Component\n");

        CatalogFile.Search search = CatalogFile.find(repo);

        assertEquals(new CatalogFile.Search(file, repo, repo), search);
    }

    @Test
    void findsTheFileFromANestedSubdirectoryOfACheckout() throws IOException {
        Path repo = gitCheckout("repo");
        Path file = Files.writeString(repo.resolve("catalog-info.yaml"), "kind: Component\n");
        Path nested = Files.createDirectories(repo.resolve("services/api/src/main"));

        CatalogFile.Search search = CatalogFile.find(nested);

        assertEquals(file, search.found());
        assertEquals(nested, search.start());
        assertEquals(repo, search.stop());
    }

    @Test
    void theNearestFileWins() throws IOException {
        Path repo = gitCheckout("repo");
        Files.writeString(repo.resolve("catalog-info.yaml"), "kind: System\n");
        Path service = Files.createDirectories(repo.resolve("services/api"));
        Path near = Files.writeString(service.resolve("catalog-info.yaml"), "kind: Component\n");

        assertEquals(near, CatalogFile.find(service.resolve("..").resolve("api")).found());
        assertEquals(near, CatalogFile.find(Files.createDirectories(service.resolve("src"))).found());
    }

    @Test
    void theYmlSpellingIsFoundToo() throws IOException {
        Path repo = gitCheckout("repo");
        Path file = Files.writeString(repo.resolve("catalog-info.yml"), "kind: Component\n");

        assertEquals(file, CatalogFile.find(Files.createDirectories(repo.resolve("a/b"))).found());
    }

    @Test
    void yamlIsPreferredOverYmlInTheSameFolder() throws IOException {
        Path repo = gitCheckout("repo");
        Files.writeString(repo.resolve("catalog-info.yml"), "kind: Component\n");
        Path yaml = Files.writeString(repo.resolve("catalog-info.yaml"), "kind: Component\n");

        assertEquals(yaml, CatalogFile.find(repo).found());
    }

    @Test
    void aYmlInASubfolderWinsOverAYamlAbove() throws IOException {
        Path repo = gitCheckout("repo");
        Files.writeString(repo.resolve("catalog-info.yaml"), "kind: System\n");
        Path sub = Files.createDirectories(repo.resolve("sub"));
        Path yml = Files.writeString(sub.resolve("catalog-info.yml"), "kind: Component\n");

        assertEquals(yml, CatalogFile.find(sub).found());
    }

    @Test
    void theSearchStopsAtTheRepositoryRoot() throws IOException {
        // a catalog file above the checkout belongs to something else
        Files.writeString(dir.resolve("catalog-info.yaml"), "kind: Component\n");
        Path repo = gitCheckout("repo");
        Path nested = Files.createDirectories(repo.resolve("src/main"));

        CatalogFile.Search search = CatalogFile.find(nested);

        assertEquals(new CatalogFile.Search(null, nested, repo), search);
    }

    @Test
    void outsideACheckoutTheSearchStopsAtTheHomeFolder() throws IOException {
        // a catalog file above home (another user's, or the machine's) is not this folder's
        Files.writeString(dir.resolve("catalog-info.yaml"), "kind: Component\n");
        Path home = Files.createDirectories(dir.resolve("home/alice"));
        Path nested = Files.createDirectories(home.resolve("notes/2026"));

        assertEquals(new CatalogFile.Search(null, nested, home), CatalogFile.find(nested, home));

        Path mine = Files.writeString(home.resolve("catalog-info.yaml"), "kind: Component\n");
        assertEquals(mine, CatalogFile.find(nested, home).found(), "home itself is searched");
        assertEquals(dir.resolve("catalog-info.yaml"), CatalogFile.find(dir.resolve("home"), home).found(),
                "a folder outside home searches up as before");
    }

    @Test
    void aGitFileMarksTheRootLikeAGitFolder() throws IOException {
        Files.writeString(dir.resolve("catalog-info.yaml"), "kind: Component\n");
        Path worktree = Files.createDirectories(dir.resolve("worktree"));
        Files.writeString(worktree.resolve(".git"), "gitdir: ../repo/.git/worktrees/worktree\n");
        Path nested = Files.createDirectories(worktree.resolve("src"));

        CatalogFile.Search search = CatalogFile.find(nested);

        assertNull(search.found());
        assertEquals(worktree, search.stop());
    }

    @Test
    void aFileInTheRootFolderItselfIsStillFound() throws IOException {
        Path repo = gitCheckout("repo");
        Path file = Files.writeString(repo.resolve("catalog-info.yaml"), "kind: Component\n");

        assertEquals(file, CatalogFile.find(Files.createDirectories(repo.resolve("x"))).found());
    }

    @Test
    void aFolderNamedLikeTheFileIsSkipped() throws IOException {
        Path repo = gitCheckout("repo");
        Files.createDirectories(repo.resolve("catalog-info.yaml"));
        Path yml = Files.writeString(repo.resolve("catalog-info.yml"), "kind: Component\n");

        assertEquals(yml, CatalogFile.find(repo).found());
    }

    @Test
    void theStartIsNormalised() throws IOException {
        Path repo = gitCheckout("repo");
        Path file = Files.writeString(repo.resolve("catalog-info.yaml"), "kind: Component\n");
        Files.createDirectories(repo.resolve("a/b"));
        Path messy = repo.resolve("a/./b/../b");

        CatalogFile.Search search = CatalogFile.find(messy);

        assertEquals(file, search.found());
        assertEquals(messy, search.start());
    }

    @Test
    void withoutARepositoryTheSearchGoesUpToTheFilesystemRoot() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("plain/folder"));
        assumeTrue(noMarkerAbove(outside), "a catalog file or .git above the temp folder");

        CatalogFile.Search search = CatalogFile.find(outside);

        assertEquals(new CatalogFile.Search(null, outside, outside.getRoot()), search);
    }

    @Test
    void repositoryRootIsTheFolderHoldingDotGit() throws IOException {
        Path repo = gitCheckout("repo");
        Path nested = Files.createDirectories(repo.resolve("a/b/c"));

        assertEquals(repo, CatalogFile.repositoryRoot(nested));
        assertEquals(repo, CatalogFile.repositoryRoot(repo));
    }

    @Test
    void repositoryRootIsNullOutsideACheckout() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("plain"));
        assumeTrue(noMarkerAbove(outside), "a .git above the temp folder");

        assertNull(CatalogFile.repositoryRoot(outside));
    }

    private Path gitCheckout(String name) throws IOException {
        Path repo = Files.createDirectories(dir.resolve(name));
        Path git = Files.createDirectories(repo.resolve(".git"));
        Files.writeString(git.resolve("config"), """
                [core]
                \trepositoryformatversion = 0
                [remote "origin"]
                \turl = git@github.com:acme/svc.git
                \tfetch = +refs/heads/*:refs/remotes/origin/*
                """);
        return repo;
    }

    private static boolean noMarkerAbove(Path start) {
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git")) || Files.exists(p.resolve("catalog-info.yaml"))
                    || Files.exists(p.resolve("catalog-info.yml"))) {
                return false;
            }
        }
        return true;
    }
}
