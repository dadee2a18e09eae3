package org.zhifa.evidence.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * SM3 and SHA-256 of one stream computed in a single pass, so a file of several GB is read once with a fixed
 * buffer. SHA-256 comes from the JDK (hardware-accelerated where the CPU offers it), SM3 from BouncyCastle.
 */
public final class DualDigest {

    /** Copy buffer: large enough for throughput, small enough for constant memory per upload. */
    public static final int BUFFER_SIZE = 256 * 1024;

    private final SM3Digest sm3 = new SM3Digest();
    private final MessageDigest sha256;
    private long size;

    public DualDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void update(byte[] buffer, int offset, int length) {
        sm3.update(buffer, offset, length);
        sha256.update(buffer, offset, length);
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
        byte[] buffer = new byte[BUFFER_SIZE];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            if (n == 0) {
                continue;
            }
            update(buffer, 0, n);
            if (out != null) {
                out.write(buffer, 0, n);
            }
            total += n;
        }
        return total;
    }

    /** The digests of a whole stream. */
    public static ContentDigest of(InputStream in) throws IOException {
        DualDigest d = new DualDigest();
        d.copy(in, null);
        return d.finish();
    }
}
