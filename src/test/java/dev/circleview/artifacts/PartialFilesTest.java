package dev.circleview.artifacts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Temporary files of downloads under way: removed on failure, and all at once when the process stops. */
class PartialFilesTest {
    @TempDir
    Path dir;

    private long count() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void stoppingRemovesEveryFileStillBeingWrittenAndNoNewOneStarts() throws Exception {
        try (PartialFiles partials = new PartialFiles()) {
            Path a = partials.create(dir);
            Path b = partials.create(dir);
            Files.writeString(a, "half");
            assertTrue(a.getFileName().toString().matches("\\.circle-view-[0-9a-f]+\\.part"), a::toString);
            assertEquals(2, count());

            partials.deleteAll();

            assertFalse(Files.exists(a));
            assertFalse(Files.exists(b));
            assertThrows(IOException.class, () -> partials.create(dir));
        }
    }

    @Test
    void aMovedFileIsForgottenAndADiscardedOneRemoved() throws Exception {
        Path kept = dir.resolve("kept");
        try (PartialFiles partials = new PartialFiles()) {
            Path done = partials.create(dir);
            Files.move(done, kept);
            partials.moved(done);
            Path failed = partials.create(dir);
            partials.discard(failed);
            assertFalse(Files.exists(failed));
        }
        assertTrue(Files.exists(kept));
        assertEquals(1, count());
    }

    @Test
    void closingRemovesWhatIsLeft() throws Exception {
        try (PartialFiles partials = new PartialFiles()) {
            for (int i = 0; i < 20; i++) {
                Files.writeString(partials.create(dir), "part " + i);
            }
            assertEquals(20, count(), "every name is new");
        }
        assertEquals(0, count());
    }
}
