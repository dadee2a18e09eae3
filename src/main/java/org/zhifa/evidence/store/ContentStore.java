package org.zhifa.evidence.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Content-addressed, write-once storage of evidence files: an object's name is its SM3 digest, so the same content
 * is stored once and an object is never overwritten or deleted through the application.
 */
public interface ContentStore {

    /** Streams {@code content} into the store, computing SM3 and SHA-256 on the way; returns its digest. */
    ContentDigest put(InputStream content) throws IOException;

    /**
     * Takes over a fully received upload whose digest was computed while it arrived. The staged file is moved (or
     * copied and removed); an existing object with the same digest is kept as it is.
     */
    void adopt(Path stagedFile, ContentDigest digest) throws IOException;

    boolean exists(String sm3Hex) throws IOException;

    /** The stored size in bytes. */
    long size(String sm3Hex) throws IOException;

    /** Reads the object from {@code offset} on (for HTTP range requests and for the self-audit). */
    InputStream open(String sm3Hex, long offset) throws IOException;

    /** A short description for logs and the integrity page, e.g. the directory or bucket. */
    String describe();
}
