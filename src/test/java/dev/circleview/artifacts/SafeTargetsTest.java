package dev.circleview.artifacts;

import dev.circleview.core.CircleViewException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules that keep every artifact inside DIR, checked one by one. */
class SafeTargetsTest {
    @TempDir
    Path temp;

    private Path root;
    private SafeTargets targets;

    @BeforeEach
    void setUp() throws Exception {
        root = Files.createDirectories(temp.resolve("dir")).toRealPath();
        targets = new SafeTargets(root);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                | it is empty",
            "'   '             | it is empty",
            "/abs/path         | it is an absolute path",
            "\\abs             | it is an absolute path",
            "a\\b              | it has a backslash",
            "..                | it has a '..' segment",
            "../x              | it has a '..' segment",
            "a/../../x         | it has a '..' segment",
            "a/..              | it has a '..' segment",
            "a/b/              | it names a folder, not a file"})
    void pathsThatAreRefusedAsText(String path, String why) {
        assertEquals(why, SafeTargets.problem(path));
    }

    @Test
    void controlCharactersAreRefused() {
        assertEquals("it has control characters", SafeTargets.problem("a\u0000b"));
        assertEquals("it has control characters", SafeTargets.problem("a/\u001b[31mb"));
        assertEquals("it has control characters", SafeTargets.problem("a\nb"));
        assertEquals("it has control characters", SafeTargets.problem("\u202eexe.txt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "a/b/c.txt", "./a//b", "a/./b", "...", "..a", "a..", "login failed.png", "日本/語.txt"})
    void pathsThatStayInside(String path) {
        assertNull(SafeTargets.problem(path));
        Path target = targets.target(3, path);
        assertTrue(target.startsWith(root.resolve("3")) && !target.equals(root.resolve("3")), target::toString);
    }

    @Test
    void theTargetIsNormalised() {
        assertEquals(root.resolve("0/a/b"), targets.target(0, "./a//b"));
    }

    @Test
    void foldersAreMadeOneByOneAndTheRealOneIsReturned() throws Exception {
        Path target = targets.target(1, "a/b/c.txt");
        assertEquals(root.resolve("1/a/b"), targets.prepare(target, 1, "a/b/c.txt"));
        assertTrue(Files.isDirectory(root.resolve("1/a/b")));
    }

    @Test
    void aLinkOutOfTheRootIsNotFollowedAndNothingIsMadeThere() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.createDirectories(root.resolve("0"));
        Files.createSymbolicLink(root.resolve("0/up"), outside);

        CircleViewException e = assertThrows(CircleViewException.class,
                () -> targets.prepare(targets.target(0, "up/deeper/x"), 0, "up/deeper/x"));

        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        assertFalse(Files.exists(outside.resolve("deeper")));
    }

    @Test
    void aLinkToAFileOnTheWayIsRefused() throws Exception {
        Files.createDirectories(root.resolve("0"));
        Files.writeString(root.resolve("0/file"), "x");
        Files.createSymbolicLink(root.resolve("0/link"), root.resolve("0/file"));

        assertThrows(CircleViewException.class, () -> targets.prepare(targets.target(0, "link/x"), 0, "link/x"));
        assertThrows(CircleViewException.class, () -> targets.prepare(targets.target(0, "file/x"), 0, "file/x"));
    }

    @Test
    void aLinkOrAFolderWhereTheFileBelongsIsRefused() throws Exception {
        Files.createDirectories(root.resolve("0/folder"));
        Files.createSymbolicLink(root.resolve("0/link"), root.resolve("0/folder"));

        assertThrows(CircleViewException.class, () -> targets.prepare(targets.target(0, "link"), 0, "link"));
        assertThrows(CircleViewException.class, () -> targets.prepare(targets.target(0, "folder"), 0, "folder"));
    }
}
