package dev.circleview.artifacts;

import dev.circleview.api.model.Artifact;
import dev.circleview.core.CircleViewException;
import dev.circleview.core.ExitCode;
import dev.circleview.core.Text;
import dev.circleview.core.UsageException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Saves a build's artifacts as {@code DIR/<container>/<path>}, a few at a time. Every target is
 * checked ({@link SafeTargets}) before anything is fetched, so one unsafe path or one existing file
 * (without {@code force}) stops the whole download before it starts. Each file is written under a
 * temporary name in its folder and moved into place once complete; a failed or stopped download
 * leaves no partial file. The first failure stops the rest.
 */
public final class ArtifactDownloads {
    /** Opens an artifact's address; the caller closes the stream. */
    public interface Source {
        InputStream open(String url, String what);
    }

    /** A saved file, named as under the DIR given, and its size. */
    public record Saved(Path file, long bytes) {
    }

    /** What a download did: the files saved, and the artifacts skipped, each with why (one line). */
    public record Result(List<Saved> saved, List<String> skipped) {
    }

    private record Job(Artifact artifact, int container, Path target, Path shown) {
    }

    static final int CONCURRENCY = 4;
    private static final int BUFFER = 64 * 1024;

    private ArtifactDownloads() {
    }

    /**
     * @param dir   the folder, absolute
     * @param shown the folder as the user named it, for messages and {@link Saved#file()}
     */
    public static Result download(List<Artifact> artifacts, Path dir, Path shown, boolean force, Source source) {
        return download(artifacts, dir, shown, force, source, (done, of, bytes) -> { });
    }

    /** How far a download has come: files saved of all, and their bytes; called on the caller's thread. */
    public interface Progress {
        void saved(int files, int of, long bytes);
    }

    /** As above, telling {@code progress} after each file is saved. */
    public static Result download(List<Artifact> artifacts, Path dir, Path shown, boolean force, Source source, Progress progress) {
        boolean existed = Files.exists(dir);
        SafeTargets targets = new SafeTargets(root(dir));
        List<String> skipped = new ArrayList<>();
        List<Job> jobs = plan(artifacts, shown, targets, force, skipped);
        if (jobs.isEmpty() && !existed) {
            // nothing to save: no empty folder left behind
            try {
                Files.deleteIfExists(targets.root());
            } catch (IOException e) {
                // it stays, empty
            }
            return new Result(List.of(), skipped);
        }
        List<Path> folders = new ArrayList<>();
        for (Job job : jobs) {
            folders.add(targets.prepare(job.target, job.container, job.artifact.relativePath()));
        }
        Saved[] saved = new Saved[jobs.size()];
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(CONCURRENCY, Math.max(1, jobs.size())), r -> {
            Thread t = new Thread(r, "circle-view-download");
            t.setDaemon(true);
            return t;
        });
        try (PartialFiles partials = new PartialFiles()) {
            ExecutorCompletionService<Integer> done = new ExecutorCompletionService<>(pool);
            for (int i = 0; i < jobs.size(); i++) {
                int n = i;
                done.submit(() -> {
                    saved[n] = fetch(jobs.get(n), folders.get(n), force, source, partials, stop);
                    return n;
                });
            }
            long bytes = 0;
            for (int i = 0; i < jobs.size(); i++) {
                try {
                    int n = done.take().get();
                    bytes += saved[n].bytes();
                    progress.saved(i + 1, jobs.size(), bytes);
                } catch (ExecutionException e) {
                    stop.set(true);
                    pool.shutdownNow();
                    awaitQuietly(pool);
                    throw failure(e.getCause(), saved);
                }
            }
        } catch (InterruptedException e) {
            stop.set(true);
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new CircleViewException(ExitCode.INTERRUPTED, "interrupted", null, e);
        } finally {
            pool.shutdownNow();
        }
        return new Result(List.of(saved), skipped);
    }

    /** DIR, created when missing, as its real path. */
    private static Path root(Path dir) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new UsageException(Text.path(dir) + " is not a folder", "give --download a folder to save the artifacts in");
            }
            return Files.createDirectories(dir).toRealPath();
        } catch (IOException e) {
            throw new UsageException("cannot create the folder " + Text.path(dir) + ": " + Text.quoteForMessage(String.valueOf(e.getMessage())),
                    "give --download a folder you can write to");
        }
    }

    /**
     * Every target, checked as text and against what is already there, before anything is created.
     * An artifact that cannot be saved safely (its path would leave DIR, a link is in its way, it has
     * no address...) is skipped, with why, into {@code skipped}; the others are still saved.
     */
    private static List<Job> plan(List<Artifact> artifacts, Path dir, SafeTargets targets, boolean force, List<String> skipped) {
        List<Job> jobs = new ArrayList<>();
        Map<Path, String> seen = new HashMap<>();
        for (Artifact a : artifacts) {
            int container = a.nodeIndex() == null ? 0 : a.nodeIndex();
            Path target;
            try {
                target = checked(a, container, targets, seen);
            } catch (CircleViewException e) {
                skipped.add(e.getMessage());
                continue;
            }
            Path shown = dir.resolve(targets.root().relativize(target).toString());
            if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new CircleViewException(ExitCode.ERROR, Text.path(shown) + " already exists; nothing was downloaded",
                        "pass --force to overwrite it, or choose another folder");
            }
            jobs.add(new Job(a, container, target, shown));
        }
        return jobs;
    }

    /** Where {@code a} is saved; a {@link CircleViewException} saying why when it cannot be, safely. */
    private static Path checked(Artifact a, int container, SafeTargets targets, Map<Path, String> seen) {
        if (container < 0) {
            throw SafeTargets.refused(container, a.relativePath(), "the container number is negative");
        }
        if (a.url() == null || a.url().isBlank()) {
            throw SafeTargets.refused(container, a.relativePath(), "CircleCI gave no address for it");
        }
        Path target = targets.target(container, a.relativePath());
        String before = seen.put(target, a.relativePath());
        if (before != null) {
            throw SafeTargets.refused(container, a.relativePath(), "another artifact (\"" + Text.quoteForMessage(before)
                    + "\") would be saved under the same name");
        }
        if (Files.isSymbolicLink(target)) {
            throw SafeTargets.refused(container, a.relativePath(), "a symbolic link is there; not writing through it");
        }
        return target;
    }

    private static Saved fetch(Job job, Path folder, boolean force, Source source, PartialFiles partials, AtomicBoolean stop)
            throws IOException {
        String what = "artifact \"" + Text.quoteForMessage(job.artifact.relativePath()) + "\"";
        Path file = folder.resolve(job.target.getFileName().toString());
        Path temp = partials.create(folder);
        boolean moved = false;
        try {
            long bytes = 0;
            try (InputStream in = source.open(job.artifact.url(), what);
                 OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
                         LinkOption.NOFOLLOW_LINKS)) {
                byte[] buffer = new byte[BUFFER];
                while (true) {
                    if (stop.get() || Thread.currentThread().isInterrupted()) {
                        throw new IOException("stopped");
                    }
                    int n;
                    try {
                        n = in.read(buffer);
                    } catch (IOException e) {
                        throw new CircleViewException(ExitCode.UNAVAILABLE, "the download of " + what + " was cut short",
                                "try again", e);
                    }
                    if (n < 0) {
                        break;
                    }
                    out.write(buffer, 0, n);
                    bytes += n;
                }
            }
            try {
                if (force) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.move(temp, file);
                }
            } catch (FileAlreadyExistsException e) {
                throw new CircleViewException(ExitCode.ERROR, Text.path(job.shown) + " appeared while it was downloaded; not overwriting it",
                        "pass --force to overwrite it");
            }
            moved = true;
            partials.moved(temp);
            return new Saved(job.shown, bytes);
        } finally {
            if (!moved) {
                partials.discard(temp);
            }
        }
    }

    private static RuntimeException failure(Throwable cause, Saved[] saved) {
        long count = Arrays.stream(saved).filter(Objects::nonNull).count();
        String kept = count == 0 ? "no file was saved" : count + " of " + saved.length + " files were saved before it";
        if (cause instanceof CircleViewException e) {
            return new CircleViewException(e.exitCode(), e.getMessage(), (e.hint() == null ? "" : e.hint() + "; ") + kept, e);
        }
        return new CircleViewException(ExitCode.ERROR, "cannot save the artifacts: " + Text.quoteForMessage(String.valueOf(cause.getMessage())),
                kept, cause);
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
