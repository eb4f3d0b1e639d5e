package dev.circleview.build.logs;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One log on its way from the thread that downloads it to the one that prints it, in order: bytes
 * are written at one end and read at the other, by one thread each. While nobody reads, up to
 * {@link #MEMORY} bytes stay in memory and the rest go to a temporary file, so many logs can
 * download ahead of the one being printed; once the printer reads, the writer waits for it rather
 * than let memory grow. The file is removed as soon as it is made (where the system allows; else
 * on close, and at exit at the latest), so an interrupted run leaves nothing behind.
 */
final class LogSpool implements Closeable {
    /** Bytes kept in memory, per log. */
    static final int MEMORY = 256 * 1024;
    private static final int CHUNK = 32 * 1024;

    /** A stretch of the log: in memory, or a range of the file. */
    private static final class Segment {
        final byte[] bytes; // null for a file range
        long start;
        long end;

        Segment(byte[] bytes, long start, long end) {
            this.bytes = bytes;
            this.start = start;
            this.end = end;
        }
    }

    private final Deque<Segment> segments = new ArrayDeque<>();
    private final Path tempDir;
    private FileChannel file;
    private Path filePath;
    private long fileEnd;
    private long inMemory;
    private boolean reading;
    private boolean finished;
    private boolean closed;

    /** @param tempDir where the temporary file goes, or null for the system's default */
    LogSpool(Path tempDir) {
        this.tempDir = tempDir;
    }

    /** The writing end: for the downloading thread only. Writes fail once the spool is closed. */
    OutputStream output() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                append(b, off, len);
            }
        };
    }

    /** The log is complete (or has failed): readers see its end. */
    synchronized void finish() {
        finished = true;
        notifyAll();
    }

    /**
     * The reading end: for the printing thread only. {@code beforeWait} runs whenever a read would
     * wait for more (to flush what was printed so far).
     */
    InputStream input(Runnable beforeWait) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return take(b, off, len, beforeWait);
            }
        };
    }

    private void append(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            long at;
            synchronized (this) {
                if (closed) {
                    throw new IOException("the log is no longer wanted");
                }
                Segment tail = segments.peekLast();
                boolean toFile = (tail != null && tail.bytes == null) || (!reading && inMemory + len > MEMORY);
                if (!toFile) {
                    while (reading && inMemory >= MEMORY && !closed) {
                        waitHere();
                    }
                    if (closed) {
                        throw new IOException("the log is no longer wanted");
                    }
                    int n = appendToMemory(b, off, len);
                    off += n;
                    len -= n;
                    notifyAll();
                    continue;
                }
                openFile();
                at = fileEnd;
            }
            // one writer: the file's end is ours until we say how far it has grown
            ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
            long pos = at;
            while (buffer.hasRemaining()) {
                pos += file.write(buffer, pos);
            }
            synchronized (this) {
                fileEnd = pos;
                Segment tail = segments.peekLast();
                if (tail != null && tail.bytes == null && tail.end == at) {
                    tail.end = pos;
                } else {
                    segments.addLast(new Segment(null, at, pos));
                }
                notifyAll();
            }
            len = 0;
        }
    }

    /** Copies as much as fits into the last memory chunk or a new one; returns how much. */
    private int appendToMemory(byte[] b, int off, int len) {
        Segment tail = segments.peekLast();
        if (tail == null || tail.bytes == null || tail.end == tail.bytes.length) {
            tail = new Segment(new byte[Math.max(CHUNK, Math.min(len, MEMORY))], 0, 0);
            segments.addLast(tail);
        }
        int n = (int) Math.min(len, tail.bytes.length - tail.end);
        System.arraycopy(b, off, tail.bytes, (int) tail.end, n);
        tail.end += n;
        inMemory += n;
        return n;
    }

    private void openFile() throws IOException {
        if (file != null) {
            return;
        }
        filePath = tempDir == null ? Files.createTempFile("circle-view-log", ".tmp")
                : Files.createTempFile(tempDir, "circle-view-log", ".tmp");
        filePath.toFile().deleteOnExit();
        file = FileChannel.open(filePath, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
        try {
            // gone from the folder at once where open files may be removed (POSIX); the channel keeps it
            Files.deleteIfExists(filePath);
        } catch (IOException ignored) {
            // removed on close instead
        }
    }

    private int take(byte[] b, int off, int len, Runnable beforeWait) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (true) {
            Segment head;
            synchronized (this) {
                reading = true;
                if (closed) {
                    return -1;
                }
                head = segments.peekFirst();
                if (head != null && head.start == head.end) {
                    head = null; // only the writer's emptied chunk
                }
                if (head == null && finished) {
                    return -1;
                }
                if (head != null && head.bytes != null) {
                    int n = (int) Math.min(len, head.end - head.start);
                    System.arraycopy(head.bytes, (int) head.start, b, off, n);
                    head.start += n;
                    inMemory -= n;
                    if (head.start == head.end && (head != segments.peekLast() || head.end == head.bytes.length)) {
                        segments.removeFirst();
                    } else if (head.start == head.end) {
                        // the chunk the writer fills, emptied: it starts over rather than a new one be made
                        head.start = 0;
                        head.end = 0;
                    }
                    notifyAll();
                    return n;
                }
            }
            if (head == null) {
                beforeWait.run();
                synchronized (this) {
                    while (inMemory == 0 && (segments.isEmpty() || segments.peekFirst().bytes != null) && !finished && !closed) {
                        waitHere();
                    }
                }
                continue;
            }
            // a file range: read outside the lock, then account for it
            long from;
            int want;
            synchronized (this) {
                from = head.start;
                want = (int) Math.min(len, head.end - head.start);
            }
            int n = file.read(ByteBuffer.wrap(b, off, want), from);
            if (n <= 0) {
                throw new IOException("the temporary file of a log ended early");
            }
            synchronized (this) {
                head.start += n;
                if (head.start == head.end && head == segments.peekFirst()) {
                    segments.removeFirst();
                }
            }
            return n;
        }
    }

    private void waitHere() throws InterruptedIOException {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
    }

    /** Bytes held in memory now (for tests). */
    synchronized long bytesInMemory() {
        return inMemory;
    }

    /** Whether some of the log went to the temporary file (for tests). */
    synchronized boolean spilled() {
        return file != null;
    }

    /** Ends the spool at either end: the writer's next write fails, the reader sees the end; the file goes. */
    @Override
    public void close() {
        FileChannel f;
        synchronized (this) {
            closed = true;
            segments.clear();
            notifyAll();
            f = file;
        }
        if (f != null) {
            try {
                f.close();
            } catch (IOException ignored) {
                // deleted at exit at the latest
            }
        }
    }
}
