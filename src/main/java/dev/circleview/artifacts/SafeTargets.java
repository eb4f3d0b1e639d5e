package dev.circleview.artifacts;

import dev.circleview.core.CircleViewException;
import dev.circleview.core.ExitCode;
import dev.circleview.core.Text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where an artifact may be saved: {@code DIR/<container>/<path>}, and never anywhere else. An
 * artifact's path comes from the build, so it is treated as hostile: absolute paths, {@code ..}
 * segments, backslashes and control characters are refused outright; folders are created one at a
 * time, a symbolic link on the way is followed only when it leads back inside DIR, and the real
 * folder is checked again once it exists. A symbolic link where the file belongs is never written
 * through, even with {@code --force}. Every refusal is exit 1: the build's data, not the command
 * line, is at fault.
 */
public final class SafeTargets {
    private final Path root;

    /** @param root DIR as its real path (symbolic links resolved), already created */
    public SafeTargets(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /**
     * {@code root/<container>/<path>}, normalised, checked only as text (nothing is touched).
     *
     * @throws CircleViewException when the path is empty or would leave the root
     */
    public Path target(int container, String path) {
        String why = problem(path);
        if (why != null) {
            throw refused(container, path, why);
        }
        Path target;
        try {
            target = root.resolve(Integer.toString(container)).resolve(path).normalize();
        } catch (InvalidPathException e) {
            throw refused(container, path, "it is not a valid file name here");
        }
        Path folder = root.resolve(Integer.toString(container));
        if (!target.startsWith(folder) || target.equals(folder)) {
            throw refused(container, path, "it would be saved outside the folder");
        }
        return target;
    }

    /** Why {@code path} cannot be saved, or null when it may be. */
    static String problem(String path) {
        if (path == null || path.isBlank()) {
            return "it is empty";
        }
        if (path.codePoints().anyMatch(Text::isUnsafe)) {
            return "it has control characters";
        }
        if (path.startsWith("/") || path.startsWith("\\") || isAbsolute(path)) {
            return "it is an absolute path";
        }
        if (path.indexOf('\\') >= 0) {
            return "it has a backslash";
        }
        if (path.endsWith("/")) {
            return "it names a folder, not a file";
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                return "it has a '..' segment";
            }
        }
        return null;
    }

    private static boolean isAbsolute(String path) {
        try {
            return Path.of(path).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * Creates the folders of {@code target} below the root, one at a time, and returns the folder's
     * real path, checked to lie inside the root. Also refuses a target that is a symbolic link or a
     * folder.
     */
    public Path prepare(Path target, int container, String path) {
        Path relative = root.relativize(target.getParent());
        Path folder = root;
        try {
            for (Path segment : relative) {
                Path next = folder.resolve(segment.toString());
                if (Files.isSymbolicLink(next)) {
                    Path real = next.toRealPath();
                    if (!real.startsWith(root) || !Files.isDirectory(real)) {
                        throw refused(container, path, "a symbolic link on the way (" + Text.path(root.relativize(next))
                                + ") leads outside the folder");
                    }
                    folder = real;
                } else if (Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
                    if (!Files.isDirectory(next, LinkOption.NOFOLLOW_LINKS)) {
                        throw refused(container, path, Text.path(root.relativize(next)) + " is a file, not a folder");
                    }
                    folder = next;
                } else {
                    folder = Files.createDirectory(next);
                }
            }
            Path real = folder.toRealPath();
            if (!real.startsWith(root)) {
                throw refused(container, path, "its folder is outside the folder");
            }
            Path file = real.resolve(target.getFileName().toString());
            if (Files.isSymbolicLink(file)) {
                throw refused(container, path, "a symbolic link is there; not writing through it");
            }
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                throw refused(container, path, "a folder is there");
            }
            return real;
        } catch (IOException e) {
            throw new CircleViewException(ExitCode.ERROR, "cannot create the folder for artifact \"" + Text.quoteForMessage(path)
                    + "\": " + Text.quoteForMessage(String.valueOf(e.getMessage())), "check the permissions of " + Text.path(root));
        }
    }

    static CircleViewException refused(int container, String path, String why) {
        return new CircleViewException(ExitCode.ERROR, "skipped artifact \"" + Text.quoteForMessage(String.valueOf(path))
                + "\" of container " + container + ": " + why, null);
    }
}
