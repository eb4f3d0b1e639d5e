package dev.circleview.build.logs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link LogSpool}: in order, memory bounded, spilled to a file nobody sees, and gone when closed. */
@Timeout(30)
class LogSpoolTest {
    @TempDir
    Path temp;

    /** {@code n} bytes of a pattern that shows any reordering. */
    private static byte[] pattern(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + i / 251);
        }
        return b;
    }

    private static void writeInPieces(OutputStream out, byte[] all, int piece) throws IOException {
        for (int i = 0; i < all.length; i += piece) {
            out.write(all, i, Math.min(piece, all.length - i));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[7_000];
        int n;
        while ((n = in.read(buffer)) != -1) {
            assertTrue(n > 0, "read returns at least one byte or the end");
            got.write(buffer, 0, n);
        }
        return got.toByteArray();
    }

    @Test
    void aLogWrittenBeforeAnyoneReadsKeepsOnlyTheMemoryCapInMemoryAndTheRestInAFileNobodySees() throws IOException {
        byte[] all = pattern(3 * LogSpool.MEMORY + 12_345);
        try (LogSpool spool = new LogSpool(temp)) {
            writeInPieces(spool.output(), all, 10_000);
            spool.finish();

            assertTrue(spool.bytesInMemory() <= LogSpool.MEMORY, "in memory: " + spool.bytesInMemory());
            assertTrue(spool.spilled());
            try (var files = Files.list(temp)) {
                assertEquals(List.of(), files.toList(), "the file is removed from the folder as soon as it is made");
            }
            assertArrayEquals(all, readAll(spool.input(() -> { })));
        }
    }

    @Test
    void whileItIsReadTheWriterWaitsForTheReaderRatherThanGrowMemory() throws Exception {
        byte[] all = pattern(20 * LogSpool.MEMORY);
        AtomicLong most = new AtomicLong();
        try (LogSpool spool = new LogSpool(temp)) {
            InputStream in = spool.input(() -> { });
            CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
                try {
                    ByteArrayOutputStream got = new ByteArrayOutputStream();
                    byte[] buffer = new byte[4096];
                    int n;
                    while ((n = in.read(buffer)) != -1) {
                        got.write(buffer, 0, n);
                        most.accumulateAndGet(spool.bytesInMemory(), Math::max);
                        if (got.size() % (256 * 1024) < 4096) {
                            Thread.sleep(5);
                        }
                    }
                    return got.toByteArray();
                } catch (IOException | InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
            Thread.sleep(100);
            writeInPieces(spool.output(), all, 50_000);
            spool.finish();

            assertArrayEquals(all, reader.get());
            assertFalse(spool.spilled(), "nothing went to disk while it was read");
            assertTrue(most.get() <= LogSpool.MEMORY + 50_000, "most in memory: " + most.get());
        }
    }

    @Test
    void closingEndsTheWriterAndTheReader() throws IOException {
        LogSpool spool = new LogSpool(temp);
        OutputStream out = spool.output();
        out.write(pattern(100));
        spool.close();

        assertThrows(IOException.class, () -> out.write(pattern(10)));
        assertEquals(-1, spool.input(() -> { }).read(new byte[10]));
    }

    @Test
    void theReaderFlushesBeforeItWaits() throws Exception {
        try (LogSpool spool = new LogSpool(temp)) {
            AtomicLong flushes = new AtomicLong();
            CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
                try {
                    return readAll(spool.input(flushes::incrementAndGet));
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            Thread.sleep(100);
            spool.output().write("hello".getBytes());
            Thread.sleep(100);
            spool.finish();

            assertEquals("hello", new String(reader.get()));
            assertTrue(flushes.get() >= 1);
        }
    }
}
