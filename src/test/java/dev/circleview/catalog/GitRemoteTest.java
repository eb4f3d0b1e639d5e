package dev.circleview.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class GitRemoteTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "git@github.com:acme/svc.git,                 github/acme/svc",
            "git@github.com:acme/svc,                     github/acme/svc",
            "https://github.com/acme/svc.git,             github/acme/svc",
            "https://github.com/acme/svc,                 github/acme/svc",
            "https://github.com/acme/svc/,                github/acme/svc",
            "https://token@github.com/acme/svc.git,       github/acme/svc",
            "http://github.com/acme/svc.git,              github/acme/svc",
            "ssh://git@github.com/acme/svc.git,           github/acme/svc",
            "git://github.com/acme/svc.git,               github/acme/svc",
            "git+ssh://git@github.com/acme/svc.git,       github/acme/svc",
            "https://github.com/Acme-Corp/my.repo_2.git,  github/Acme-Corp/my.repo_2",
            "https://github.com/acme/my.dotted.repo,      github/acme/my.dotted.repo",
            "ssh://git@bitbucket.org/team/repo.git,       bitbucket/team/repo",
            "git@bitbucket.org:team/repo.git,             bitbucket/team/repo",
            "https://bitbucket.org/team/repo.git,         bitbucket/team/repo",
            "https://someone@bitbucket.org/team/repo.git, bitbucket/team/repo",
    })
    void slugOfEachUrlForm(String url, String slug) {
        assertEquals(slug, GitRemote.slugOf(url));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
            "git@gitlab.com:acme/svc.git",
            "https://gitlab.com/acme/svc.git",
            "https://github.example.com/acme/svc.git",
            "git@github.example.com:acme/svc.git",
            "https://notgithub.com/acme/svc.git",
            "https://github.com.evil.example/acme/svc.git",
            "ssh://git@bitbucket.example.org:7999/team/repo.git",
            "https://dev.azure.com/acme/project/_git/svc",
            "/srv/git/svc.git",
            "../svc.git",
            "file:///srv/git/svc.git",
            "https://github.com/acme",
            "https://github.com/acme/svc/tree/main",
            "https://github.com/acme/svc%20x.git",
            "",
    })
    void otherHostsAndShapesGiveNull(String url) {
        assertNull(GitRemote.slugOf(url));
    }

    @Test
    void readsOriginFromGitConfig() throws IOException {
        Path repo = repo("""
                [core]
                \trepositoryformatversion = 0
                \tbare = false
                [remote "origin"]
                \turl = git@github.com:acme/svc.git
                \tfetch = +refs/heads/*:refs/remotes/origin/*
                [branch "main"]
                \tremote = origin
                \tmerge = refs/heads/main
                """);

        assertEquals("github/acme/svc", GitRemote.guessSlug(repo));
    }

    @Test
    void originWinsOverAnEarlierRemote() throws IOException {
        Path repo = repo("""
                [remote "upstream"]
                \turl = https://github.com/upstream/svc.git
                [remote "origin"]
                \turl = https://github.com/fork/svc.git
                """);

        assertEquals("github/fork/svc", GitRemote.guessSlug(repo));
    }

    @Test
    void withoutOriginTheFirstHostedRemoteIsUsed() throws IOException {
        Path repo = repo("""
                [remote "mirror"]
                \turl = https://gitlab.com/acme/svc.git
                [remote "upstream"]
                \turl = ssh://git@bitbucket.org/team/svc.git
                [remote "other"]
                \turl = https://github.com/other/svc.git
                """);

        assertEquals("bitbucket/team/svc", GitRemote.guessSlug(repo));
    }

    @Test
    void anOriginOnAnotherHostFallsBackToAHostedRemote() throws IOException {
        Path repo = repo("""
                [remote "origin"]
                \turl = git@gitlab.com:acme/svc.git
                [remote "github"]
                \turl = git@github.com:acme/svc.git
                """);

        assertEquals("github/acme/svc", GitRemote.guessSlug(repo));
    }

    @Test
    void onlyOtherHostsGiveNull() throws IOException {
        Path repo = repo("""
                [remote "origin"]
                \turl = https://github.example.com/acme/svc.git
                """);

        assertNull(GitRemote.guessSlug(repo));
    }

    @Test
    void urlsOutsideRemoteSectionsAreIgnored() throws IOException {
        Path repo = repo("""
                [submodule "lib"]
                \turl = https://github.com/acme/lib.git
                [remote "origin"]
                \tpushurl = https://github.com/acme/push.git
                [url "git@github.com:"]
                \tinsteadOf = https://github.com/
                """);

        assertNull(GitRemote.guessSlug(repo));
    }

    @Test
    void aSectionAfterTheRemoteEndsIt() throws IOException {
        Path repo = repo("""
                [remote "origin"]
                \tfetch = +refs/heads/*:refs/remotes/origin/*
                [submodule "lib"]
                \turl = https://github.com/acme/lib.git
                """);

        assertNull(GitRemote.guessSlug(repo));
    }

    @Test
    void spacingVariantsAreUnderstood() throws IOException {
        Path repo = repo("""
                  [remote   "origin"  ]
                url=https://github.com/acme/svc
                """);

        assertEquals("github/acme/svc", GitRemote.guessSlug(repo));
    }

    @Test
    void aWorktreeFollowsGitdirAndCommondir() throws IOException {
        Path main = repo("""
                [remote "origin"]
                \turl = git@github.com:acme/svc.git
                """);
        Path worktreeGit = Files.createDirectories(main.resolve(".git/worktrees/feature"));
        Files.writeString(worktreeGit.resolve("commondir"), "../..\n");
        Path worktree = Files.createDirectories(dir.resolve("feature"));
        Files.writeString(worktree.resolve(".git"), "gitdir: " + worktreeGit + "\n");

        assertEquals("github/acme/svc", GitRemote.guessSlug(worktree));
    }

    @Test
    void aRelativeGitdirIsResolvedFromTheCheckout() throws IOException {
        Path main = repo("""
                [remote "origin"]
                \turl = https://bitbucket.org/team/repo.git
                """);
        Path worktreeGit = Files.createDirectories(main.resolve(".git/worktrees/wt"));
        Files.writeString(worktreeGit.resolve("commondir"), "../..");
        Path worktree = Files.createDirectories(dir.resolve("wt"));
        Files.writeString(worktree.resolve(".git"), "gitdir: ../repo/.git/worktrees/wt");

        assertEquals("bitbucket/team/repo", GitRemote.guessSlug(worktree));
    }

    @Test
    void aSubmoduleGitdirWithoutCommondirHoldsItsOwnConfig() throws IOException {
        Path main = repo("""
                [remote "origin"]
                \turl = git@github.com:acme/parent.git
                """);
        Path moduleGit = Files.createDirectories(main.resolve(".git/modules/lib"));
        Files.writeString(moduleGit.resolve("config"), """
                [remote "origin"]
                \turl = git@github.com:acme/lib.git
                """);
        Path lib = Files.createDirectories(main.resolve("lib"));
        Files.writeString(lib.resolve(".git"), "gitdir: ../.git/modules/lib\n");

        assertEquals("github/acme/lib", GitRemote.guessSlug(lib));
    }

    @Test
    void aGitFileWithoutGitdirGivesNull() throws IOException {
        Path checkout = Files.createDirectories(dir.resolve("odd"));
        Files.writeString(checkout.resolve(".git"), "something else\n");

        assertNull(GitRemote.guessSlug(checkout));
    }

    @Test
    void missingPiecesGiveNull() throws IOException {
        assertNull(GitRemote.guessSlug(null));
        assertNull(GitRemote.guessSlug(dir));
        Path noConfig = Files.createDirectories(dir.resolve("empty/.git")).getParent();
        assertNull(GitRemote.guessSlug(noConfig));
        Path gitdirGone = Files.createDirectories(dir.resolve("gone"));
        Files.writeString(gitdirGone.resolve(".git"), "gitdir: ../nowhere/.git");
        assertNull(GitRemote.guessSlug(gitdirGone));
    }

    private Path repo(String config) throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path git = Files.createDirectories(repo.resolve(".git"));
        Files.writeString(git.resolve("config"), config);
        return repo;
    }
}
