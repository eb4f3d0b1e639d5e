package dev.circleview.artifacts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Files being downloaded, under temporary names beside where they belong. Each is removed when its
 * download fails, and all of them when the process is stopped (Ctrl-C runs the shutdown hook this
 * installs while downloads are under way); once the hook has run no new one can be started.
 */
final class PartialFiles implements AutoCloseable {
    private final Set<Path> live = new HashSet<>();
    private final Thread hook = new Thread(this::deleteAll, "circle-view-partial-files");
    private boolean closed;

    PartialFiles() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * A new, empty file in {@code folder} named {@code .circle-view-<random>.part}, opened for
     * writing. Created exclusively, so it never reuses or writes through anything already there.
     */
    synchronized Path create(Path folder) throws IOException {
        if (closed) {
            throw new IOException("stopping");
        }
        for (int tries = 0; ; tries++) {
            Path temp = folder.resolve(".circle-view-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
            try {
                // made empty, and only if nothing is there yet (not even a link), then closed at once
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS).close();
                live.add(temp);
                return temp;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (tries > 10) {
                    throw e;
                }
            }
        }
    }

    /** Forgets {@code temp}, which has been moved into place. */
    synchronized void moved(Path temp) {
        live.remove(temp);
    }

    /** Removes {@code temp} (a failed or stopped download). */
    synchronized void discard(Path temp) {
        live.remove(temp);
        deleteQuietly(temp);
    }

    /** Removes every file still being written; later {@link #create} calls fail. */
    synchronized void deleteAll() {
        closed = true;
        for (Path temp : live) {
            deleteQuietly(temp);
        }
        live.clear();
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // best effort: a file that cannot be removed now cannot be removed later either
        }
    }

    /** Removes what is left and the shutdown hook. */
    @Override
    public void close() {
        deleteAll();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing left to do
        }
    }
}
