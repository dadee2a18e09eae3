package org.zhifa.common;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files that hold keys or passwords (GB/T 39786: key material is protected at rest): readable and writable by the
 * owner only (600), in a directory only the owner can enter (700), written whole or not at all and synced to disk.
 */
public final class SecretFiles {

    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private SecretFiles() {
    }

    /** Creates the directory (and its parents) and makes it owner-only, also when it already existed. */
    public static Path ownerOnlyDirectory(Path directory) throws IOException {
        Files.createDirectories(directory);
        setPermissions(directory, OWNER_DIRECTORY);
        return directory;
    }

    /**
     * Writes a new secret file: created with mode 600 before a byte is written, synced, then moved into place
     * atomically. Returns false, leaving the file untouched, when it exists already (another instance was first).
     */
    public static boolean createIfAbsent(Path file, byte[] content) throws IOException {
        Path directory = ownerOnlyDirectory(file.toAbsolutePath().getParent());
        if (Files.exists(file)) {
            restrict(file);
            return false;
        }
        Path tmp = writeSynced(directory, content);
        try {
            // ATOMIC_MOVE without REPLACE_EXISTING: if another instance created the file meanwhile, theirs stays
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Replaces a secret file's content (same guarantees as {@link #createIfAbsent}). */
    public static void replace(Path file, byte[] content) throws IOException {
        Path directory = ownerOnlyDirectory(file.toAbsolutePath().getParent());
        Path tmp = writeSynced(directory, content);
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Makes an existing secret file owner-only (files written by older versions were world-readable). */
    public static void restrict(Path file) throws IOException {
        setPermissions(file, OWNER_FILE);
    }

    /** A temporary file in the directory, mode 600 from its creation, holding the content on disk. */
    private static Path writeSynced(Path directory, byte[] content) throws IOException {
        Path tmp = posix(directory)
                ? Files.createTempFile(directory, ".secret", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_FILE))
                : Files.createTempFile(directory, ".secret", ".tmp");
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void setPermissions(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (posix(path) && !Files.getPosixFilePermissions(path).equals(permissions)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }
}
