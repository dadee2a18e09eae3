package org.zhifa.evidence.log;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The two hash functions of the evidence transparency log, RFC 6962 §2.1 / RFC 9162 §2.1.1 with SM3 in place of
 * SHA-256: a leaf is hashed with the prefix 0x00 and an interior node with 0x01, so that a leaf can never be passed
 * off as a node (second-preimage resistance of the tree).
 */
public final class LogHash {

    public static final int SIZE = 32;
    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private LogHash() {
    }

    /** SM3(0x00 ‖ leaf). */
    public static byte[] leaf(byte[] leaf) {
        SM3Digest d = new SM3Digest();
        d.update(LEAF_PREFIX);
        d.update(leaf, 0, leaf.length);
        return finish(d);
    }

    /** SM3(0x01 ‖ left ‖ right). */
    public static byte[] node(byte[] left, byte[] right) {
        SM3Digest d = new SM3Digest();
        d.update(NODE_PREFIX);
        d.update(left, 0, left.length);
        d.update(right, 0, right.length);
        return finish(d);
    }

    /** The root of the empty tree: SM3 of the empty string (RFC 6962 MTH({})). */
    public static byte[] empty() {
        return finish(new SM3Digest());
    }

    private static byte[] finish(SM3Digest d) {
        byte[] out = new byte[SIZE];
        d.doFinal(out, 0);
        return out;
    }
}
