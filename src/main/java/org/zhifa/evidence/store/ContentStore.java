package org.zhifa.evidence.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.zhifa.evidence.log.OwnerOnly;

/**
 * Content-addressed, write-once storage of evidence files: an object's name is its SM3 digest, so the same content
 * is stored once and an object is never overwritten or deleted through the application.
 */
public interface ContentStore {

    /** Where content is received before it is adopted (mode 700; the same file system as local objects). */
    Path stagingDirectory();

    /**
     * Streams {@code content} into the store, computing SM3 and SHA-256 on the way; returns its digest. (The
     * application stores through {@code StoredCopies}, which also checks stated digests and repairs damaged copies.)
     */
    default ContentDigest put(InputStream content) throws IOException {
        Path staged = OwnerOnly.createFile(stagingDirectory(), "put-", ".part");
        try {
            ContentDigest d = DualDigest.toFile(content, staged);
            adopt(staged, d);
            return d;
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    /**
     * Takes over a fully received upload whose digest was computed while it arrived. The staged file is moved (or
     * copied and removed); an existing object with the same digest is kept as it is.
     */
    void adopt(Path stagedFile, ContentDigest digest) throws IOException;

    /**
     * Puts the verified bytes of a damaged (or missing) object back under its name: the only way an object is ever
     * overwritten. The caller has checked that {@code digest} is what the log records for that name.
     */
    void replace(Path stagedFile, ContentDigest digest) throws IOException;

    boolean exists(String sm3Hex) throws IOException;

    /** SM3, SHA-256 and size of the object as stored now, read in full. */
    default ContentDigest digestOf(String sm3Hex) throws IOException {
        try (InputStream in = open(sm3Hex, 0)) {
            return DualDigest.of(in);
        }
    }

    /** The stored size in bytes. */
    long size(String sm3Hex) throws IOException;

    /** Reads the object from {@code offset} on (for HTTP range requests and for the self-audit). */
    InputStream open(String sm3Hex, long offset) throws IOException;

    /** A short description for logs and the integrity page, e.g. the directory or bucket. */
    String describe();
}
