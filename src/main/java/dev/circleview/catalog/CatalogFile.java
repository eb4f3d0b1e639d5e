package dev.circleview.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds {@code catalog-info.yaml}: in the current folder, then each parent up to the repository root;
 * outside a checkout, up to the home folder (a file in a parent of it is someone else's), or the
 * file system's root for a folder outside home.
 */
public final class CatalogFile {
    static final List<String> NAMES = List.of("catalog-info.yaml", "catalog-info.yml");

    private CatalogFile() {
    }

    /** The search, for the "not found" message: where it started and where it stopped. */
    public record Search(Path found, Path start, Path stop) {
    }

    public static Search find(Path start) {
        String home = System.getProperty("user.home");
        return find(start, home == null || home.isEmpty() ? null : Path.of(home));
    }

    /** As {@link #find(Path)}, with {@code home} as the home folder (null for none). */
    public static Search find(Path start, Path home) {
        Path dir = start.toAbsolutePath().normalize();
        Path top = home == null ? null : home.toAbsolutePath().normalize();
        Path last = dir;
        while (dir != null) {
            last = dir;
            for (String name : NAMES) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return new Search(candidate, start, dir);
                }
            }
            if (Files.exists(dir.resolve(".git")) || dir.equals(top)) {
                break;
            }
            dir = dir.getParent();
        }
        return new Search(null, start, last);
    }

    /** The repository root above {@code start} (the folder holding {@code .git}), or null. */
    public static Path repositoryRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return null;
    }
}
