package org.zhifa.evidence.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * SM3 and SHA-256 of one stream computed in a single pass, so a file of several GB is read once with a fixed
 * buffer. SHA-256 comes from the JDK (hardware-accelerated where the CPU offers it), SM3 from BouncyCastle. Streams
 * are digested through a {@link DigestPipeline}: SM3 and SHA-256 on separate threads, overlapped with reading and
 * writing.
 */
public final class DualDigest {

    /** Copy buffer: large enough for throughput, small enough for constant memory per upload. */
    public static final int BUFFER_SIZE = 256 * 1024;

    private final SM3Digest sm3;
    private final MessageDigest sha256;
    private long size;

    public DualDigest() {
        sm3 = new SM3Digest();
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private DualDigest(DualDigest other) {
        sm3 = new SM3Digest(other.sm3);
        try {
            sha256 = (MessageDigest) other.sha256.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 state cannot be copied", e);
        }
        size = other.size;
    }

    /** An independent copy of the state so far (to go back to it when a chunk is refused). */
    public DualDigest copy() {
        return new DualDigest(this);
    }

    public void update(byte[] buffer, int offset, int length) {
        sm3.update(buffer, offset, length);
        sha256.update(buffer, offset, length);
        size += length;
    }

    /** SM3 part of {@link #update} (for {@link DigestPipeline}, which counts the size itself). */
    void updateSm3(byte[] buffer, int offset, int length) {
        sm3.update(buffer, offset, length);
    }

    /** SHA-256 part of {@link #update}. */
    void updateSha256(byte[] buffer, int offset, int length) {
        sha256.update(buffer, offset, length);
    }

    void count(int length) {
        size += length;
    }

    public long size() {
        return size;
    }

    public ContentDigest finish() {
        byte[] s = new byte[32];
        sm3.doFinal(s, 0);
        HexFormat hex = HexFormat.of();
        return new ContentDigest(hex.formatHex(s), hex.formatHex(sha256.digest()), size);
    }

    /** Copies {@code in} to {@code out} (which may be null) while digesting; returns the number of bytes. */
    public long copy(InputStream in, OutputStream out) throws IOException {
        long total = 0;
        try (DigestPipeline pipeline = new DigestPipeline(this)) {
            while (true) {
                byte[] buffer = pipeline.buffer();
                int n = in.readNBytes(buffer, 0, buffer.length);
                if (n <= 0) {
                    break;
                }
                pipeline.submit(buffer, n);
                if (out != null) {
                    out.write(buffer, 0, n);
                }
                total += n;
            }
            pipeline.finish();
        }
        return total;
    }

    /** Writes {@code in} to {@code file} (which exists, e.g. created with mode 600), flushed to disk; its digests. */
    public static ContentDigest toFile(InputStream in, Path file) throws IOException {
        DualDigest digest = new DualDigest();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                OutputStream out = Channels.newOutputStream(ch)) {
            digest.copy(in, out);
            ch.force(true);
        }
        return digest.finish();
    }

    /** The digests of a whole stream. */
    public static ContentDigest of(InputStream in) throws IOException {
        DualDigest d = new DualDigest();
        d.copy(in, null);
        return d.finish();
    }
}
