package dev.circleview.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The branch a checkout is on, read from its {@code HEAD} file directly: no git process to start.
 * A worktree's {@code .git} is a file naming its own git folder, which holds its own {@code HEAD}.
 */
public final class GitHead {
    private static final String REF_PREFIX = "ref: refs/heads/";
    /** What a reftable repository keeps in HEAD; its real HEAD is elsewhere. */
    private static final String REFTABLE_PLACEHOLDER = ".invalid";
    /** A HEAD file is one short line; anything longer is not one. */
    private static final long MAX_SIZE = 4096;

    private GitHead() {
    }

    /**
     * The current branch of the checkout above {@code start}, or null: outside a checkout, on a
     * detached HEAD, or when HEAD cannot be read.
     */
    public static String currentBranch(Path start) {
        Path root = CatalogFile.repositoryRoot(start);
        if (root == null) {
            return null;
        }
        try {
            Path gitDir = gitDir(root);
            if (gitDir == null) {
                return null;
            }
            Path head = gitDir.resolve("HEAD");
            if (!Files.isRegularFile(head) || Files.size(head) > MAX_SIZE) {
                return null;
            }
            return branchOf(Files.readString(head, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The branch a HEAD file's text names, or null for a detached HEAD or anything unexpected. */
    static String branchOf(String headText) {
        String line = headText.strip();
        if (!line.startsWith(REF_PREFIX) || line.contains("\n")) {
            return null;
        }
        String branch = line.substring(REF_PREFIX.length());
        return branch.isEmpty() || branch.equals(REFTABLE_PLACEHOLDER) ? null : branch;
    }

    private static Path gitDir(Path root) throws IOException {
        Path dotGit = root.resolve(".git");
        if (Files.isDirectory(dotGit)) {
            return dotGit;
        }
        if (!Files.isRegularFile(dotGit) || Files.size(dotGit) > MAX_SIZE) {
            return null;
        }
        String text = Files.readString(dotGit, StandardCharsets.UTF_8).strip();
        return text.startsWith("gitdir:") ? root.resolve(text.substring("gitdir:".length()).strip()).normalize() : null;
    }
}
