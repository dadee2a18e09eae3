package org.zhifa.evidence.log;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and directories that only their owner may read: key files and upload staging files are created with mode
 * 600 and their directories with 700, from the first byte (created with the permission, not changed afterwards), so
 * no other local user ever reads a private key or an evidence file being received. On a file system without POSIX
 * permissions the directory's own protection applies.
 */
public final class OwnerOnly {

    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /** Creates the directory (and missing parents) with mode 700; an existing directory is narrowed to 700. */
    public static Path createDirectories(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Path parent = dir.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try {
                Files.createDirectory(dir, attribute(DIRECTORY));
            } catch (FileAlreadyExistsException raced) {
                // created meanwhile by another instance: narrowed below
            } catch (UnsupportedOperationException e) {
                Files.createDirectories(dir);
            }
        }
        restrict(dir, DIRECTORY);
        return dir;
    }

    /** A new empty file with mode 600 in {@code dir} (a temporary name). */
    public static Path createFile(Path dir, String prefix, String suffix) throws IOException {
        try {
            return Files.createTempFile(dir, prefix, suffix, attribute(FILE));
        } catch (UnsupportedOperationException e) {
            return Files.createTempFile(dir, prefix, suffix);
        }
    }

    /** Creates {@code file} with mode 600 unless it exists. */
    public static Path createFileIfAbsent(Path file) throws IOException {
        if (Files.exists(file)) {
            return file;
        }
        try {
            return Files.createFile(file, attribute(FILE));
        } catch (FileAlreadyExistsException raced) {
            return file;
        } catch (UnsupportedOperationException e) {
            return Files.createFile(file);
        }
    }

    /** Narrows an existing file to mode 600 and its directory to 700 (a key restored from a backup with wider modes). */
    public static void narrow(Path file) throws IOException {
        restrict(file, FILE);
        restrict(file.toAbsolutePath().getParent(), DIRECTORY);
    }

    static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(path).equals(permissions)) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
