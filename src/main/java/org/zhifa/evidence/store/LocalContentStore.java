package org.zhifa.evidence.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.zhifa.common.NotFoundException;
import org.zhifa.evidence.log.OwnerOnly;

/**
 * Objects in a local directory: {@code objects/ab/cd/abcd…} named by the SM3 hex digest. New content goes to a
 * temporary file in the same file system while it is digested, is flushed to disk, and is then published with a
 * hard link, which (unlike rename) fails when the name exists, so an existing object is never replaced.
 */
public final class LocalContentStore implements ContentStore {

    private final Path objects;
    private final Path tmp;

    public LocalContentStore(Path root) throws IOException {
        this.objects = root.resolve("objects").toAbsolutePath().normalize();
        this.tmp = root.resolve("tmp").toAbsolutePath().normalize();
        Files.createDirectories(objects);
        OwnerOnly.createDirectories(tmp);
    }

    /** Directory for files being received (same file system as the objects, so that adopting is a link). */
    @Override
    public Path stagingDirectory() {
        return tmp;
    }

    Path pathOf(String sm3Hex) {
        if (!sm3Hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not an SM3 hex digest");
        }
        return objects.resolve(sm3Hex.substring(0, 2)).resolve(sm3Hex.substring(2, 4)).resolve(sm3Hex);
    }

    @Override
    public void adopt(Path stagedFile, ContentDigest digest) throws IOException {
        Path target = pathOf(digest.sm3Hex());
        Files.createDirectories(target.getParent());
        try {
            Files.createLink(target, stagedFile);
            try {
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r-----"));
            } catch (UnsupportedOperationException ignored) {
                // Non-POSIX file system: write-once is still guaranteed by the link.
            }
        } catch (FileAlreadyExistsException e) {
            // The same content is already stored: content addressing deduplicates; the old object stays.
        } catch (UnsupportedOperationException e) {
            if (!Files.exists(target)) {
                Files.copy(stagedFile, target);
            }
        }
        Files.deleteIfExists(stagedFile);
    }

    @Override
    public void replace(Path stagedFile, ContentDigest digest) throws IOException {
        Path target = pathOf(digest.sm3Hex());
        Files.createDirectories(target.getParent());
        Path next = target.resolveSibling(target.getFileName() + ".repair-" + java.util.UUID.randomUUID());
        try {
            try {
                Files.createLink(next, stagedFile);
            } catch (UnsupportedOperationException e) {
                Files.copy(stagedFile, next);
            }
            try {
                Files.setPosixFilePermissions(next, PosixFilePermissions.fromString("r--r-----"));
            } catch (UnsupportedOperationException ignored) {
                // Non-POSIX file system.
            }
            // rename(2) swaps the directory entry atomically: a reader sees the damaged or the repaired file, never a mix.
            Files.move(next, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(next);
        }
        Files.deleteIfExists(stagedFile);
    }

    @Override
    public boolean exists(String sm3Hex) {
        return Files.isRegularFile(pathOf(sm3Hex));
    }

    @Override
    public long size(String sm3Hex) throws IOException {
        try {
            return Files.size(pathOf(sm3Hex));
        } catch (NoSuchFileException e) {
            throw new NotFoundException("证据文件不存在：" + sm3Hex);
        }
    }

    @Override
    public InputStream open(String sm3Hex, long offset) throws IOException {
        FileChannel ch;
        try {
            ch = FileChannel.open(pathOf(sm3Hex), StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new NotFoundException("证据文件不存在：" + sm3Hex);
        }
        ch.position(offset);
        return Channels.newInputStream(ch);
    }

    @Override
    public String describe() {
        return "本地目录 " + objects;
    }
}
