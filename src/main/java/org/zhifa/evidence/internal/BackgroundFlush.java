package org.zhifa.evidence.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Flushes a file being written to disk in the background, every few megabytes, so that the disk's write-back
 * overlaps the receiving of the rest of the chunk and the final {@code force} at the end of the chunk waits only for
 * the last few megabytes. Acknowledged bytes are still on disk before the acknowledgement.
 */
final class BackgroundFlush implements AutoCloseable {

    /** Bytes between background flushes. */
    static final long STEP = 4L * 1024 * 1024;

    private static final ExecutorService FLUSHER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "evidence-flush");
        t.setDaemon(true);
        return t;
    });

    private final FileChannel channel;
    private long sinceLast;
    private Future<?> inFlight;

    BackgroundFlush(FileChannel channel) {
        this.channel = channel;
    }

    /** Counts written bytes; starts a background flush when a step is full and none is running. */
    void written(int bytes) {
        sinceLast += bytes;
        if (sinceLast >= STEP && (inFlight == null || inFlight.isDone())) {
            sinceLast = 0;
            inFlight = FLUSHER.submit(() -> {
                channel.force(false);
                return null;
            });
        }
    }

    /** Waits for the running flush and flushes the rest: everything written is on disk when this returns. */
    void finish() throws IOException {
        await();
        channel.force(false);
    }

    /** Never leaves a flush running on a channel about to be closed. */
    @Override
    public void close() {
        try {
            await();
        } catch (IOException ignored) {
            // the chunk failed anyway; the caller truncates back to the confirmed offset
        }
    }

    private void await() throws IOException {
        if (inFlight == null) {
            return;
        }
        try {
            inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("写入被中断", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            inFlight = null;
        }
    }
}
