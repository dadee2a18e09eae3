package org.zhifa.evidence.store;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Feeds a stream to one or more {@link DualDigest}s with SM3 on one worker thread and SHA-256 on another, while the
 * caller goes on reading and writing: on two cores the upload then runs at about the speed of SM3 alone instead of
 * SM3 + SHA-256 + read + write one after the other. Memory is fixed: {@link #BUFFERS} buffers of
 * {@link DualDigest#BUFFER_SIZE} bytes per stream, reused in turn (the caller waits for a free one).
 *
 * <pre>
 *   try (DigestPipeline p = new DigestPipeline(digest)) {
 *       byte[] b = p.buffer();  int n = in.read(b);  p.submit(b, n);  out.write(b, 0, n);  ...
 *       p.finish();             // the digests are complete when this returns
 *   }
 * </pre>
 *
 * The caller may still read a submitted buffer (to write it) until it asks for the next one.
 */
public final class DigestPipeline implements AutoCloseable {

    /** Buffers in flight per stream: 4 × 256 KB. */
    public static final int BUFFERS = 4;

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "evidence-digest");
        t.setDaemon(true);
        return t;
    });

    private record Slot(byte[] buffer, int length, AtomicInteger pending) {
    }

    private static final Slot END = new Slot(new byte[0], 0, new AtomicInteger());

    private final List<DualDigest> targets;
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
    private final BlockingQueue<Slot> sm3Lane = new LinkedBlockingQueue<>();
    private final BlockingQueue<Slot> shaLane = new LinkedBlockingQueue<>();
    private final Future<?> sm3Task;
    private final Future<?> shaTask;
    private int handedOut;
    private boolean ended;

    public DigestPipeline(DualDigest... targets) {
        this.targets = List.of(targets);
        sm3Task = WORKERS.submit(() -> lane(sm3Lane, true));
        shaTask = WORKERS.submit(() -> lane(shaLane, false));
    }

    private Void lane(BlockingQueue<Slot> lane, boolean sm3) throws InterruptedException {
        while (true) {
            Slot s = lane.take();
            if (s == END) {
                return null;
            }
            for (DualDigest d : targets) {
                if (sm3) {
                    d.updateSm3(s.buffer(), 0, s.length());
                } else {
                    d.updateSha256(s.buffer(), 0, s.length());
                }
            }
            if (s.pending().decrementAndGet() == 0) {
                free.add(s.buffer());
            }
        }
    }

    /** A buffer to fill: a new one while fewer than {@link #BUFFERS} exist, else one both lanes are done with. */
    public byte[] buffer() throws IOException {
        if (handedOut < BUFFERS) {
            handedOut++;
            return new byte[DualDigest.BUFFER_SIZE];
        }
        try {
            while (true) {
                byte[] b = free.poll(100, TimeUnit.MILLISECONDS);
                if (b != null) {
                    return b;
                }
                if (sm3Task.isDone() || shaTask.isDone()) {
                    await(sm3Task);
                    await(shaTask);
                    throw new IOException("摘要计算线程已停止");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("摘要计算被中断", e);
        }
    }

    /** Hands the first {@code length} bytes of {@code buffer} to both lanes. */
    public void submit(byte[] buffer, int length) {
        if (ended) {
            throw new IllegalStateException("pipeline finished");
        }
        if (length <= 0) {
            free.add(buffer);
            return;
        }
        for (DualDigest d : targets) {
            d.count(length);
        }
        Slot s = new Slot(buffer, length, new AtomicInteger(2));
        sm3Lane.add(s);
        shaLane.add(s);
    }

    /** Waits until both lanes have digested everything submitted. */
    public void finish() throws IOException {
        end();
        await(sm3Task);
        await(shaTask);
    }

    private void end() {
        if (!ended) {
            ended = true;
            sm3Lane.add(END);
            shaLane.add(END);
        }
    }

    /** Never leaves a lane running on digests the caller is about to drop or reuse. */
    @Override
    public void close() {
        try {
            finish();
        } catch (IOException ignored) {
            // the caller failed already and discards the digests
        }
    }

    private static void await(Future<?> task) throws IOException {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("摘要计算被中断", e);
        } catch (ExecutionException e) {
            throw new IOException("摘要计算失败", e.getCause());
        }
    }
}
