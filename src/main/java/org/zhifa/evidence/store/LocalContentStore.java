package org.zhifa.evidence.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.zhifa.common.NotFoundException;

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
        Files.createDirectories(tmp);
    }

    /** Directory for files being received (same file system as the objects, so that adopting is a link). */
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
    public ContentDigest put(InputStream content) throws IOException {
        Path staged = Files.createTempFile(tmp, "put-", ".part");
        try {
            DualDigest digest = new DualDigest();
            try (FileChannel ch = FileChannel.open(staged, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(ch)) {
                digest.copy(content, out);
                ch.force(true);
            }
            ContentDigest d = digest.finish();
            adopt(staged, d);
            return d;
        } finally {
            Files.deleteIfExists(staged);
        }
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
