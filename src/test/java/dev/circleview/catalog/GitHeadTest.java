package dev.circleview.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class GitHeadTest {
    @TempDir
    Path dir;

    @Test
    void theBranchOfACheckoutFromAnyFolderInIt() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/feature/login\n");
        Path deep = Files.createDirectories(dir.resolve("src/main/java"));

        assertEquals("feature/login", GitHead.currentBranch(dir));
        assertEquals("feature/login", GitHead.currentBranch(deep));
    }

    @Test
    void aWorktreeReadsItsOwnHead() throws Exception {
        Path main = Files.createDirectories(dir.resolve("main/.git/worktrees/wt"));
        Files.writeString(dir.resolve("main/.git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(main.resolve("HEAD"), "ref: refs/heads/hotfix\n");
        Files.writeString(main.resolve("commondir"), "../..\n");
        Path worktree = Files.createDirectories(dir.resolve("wt"));
        Files.writeString(worktree.resolve(".git"), "gitdir: ../main/.git/worktrees/wt\n");

        assertEquals("hotfix", GitHead.currentBranch(worktree));
    }

    @Test
    void noneWhenHeadIsMissingOrTheGitFileLeadsNowhere() throws Exception {
        Files.createDirectories(dir.resolve("a/.git"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/.git"), "gitdir: ../missing\n");
        Files.createDirectories(dir.resolve("c"));
        Files.writeString(dir.resolve("c/.git"), "not a git file\n");

        assertNull(GitHead.currentBranch(dir.resolve("a")));
        assertNull(GitHead.currentBranch(dir.resolve("b")));
        assertNull(GitHead.currentBranch(dir.resolve("c")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3f9c2e1d4b5a69788796a5b4c3d2e1f0a9b8c7d6\n", "ref: refs/heads/\n", "ref: refs/heads/.invalid\n",
            "ref: refs/tags/v1\n", "", "garbage", "ref: refs/heads/a\nref: refs/heads/b\n"})
    void noneOnADetachedOrUnreadableHead(String head) {
        assertNull(GitHead.branchOf(head));
    }

    @Test
    void theBranchNameIsKeptWhole() {
        assertEquals("release/2.4", GitHead.branchOf("ref: refs/heads/release/2.4\r\n"));
    }
}
