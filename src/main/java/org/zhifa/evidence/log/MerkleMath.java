package org.zhifa.evidence.log;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Merkle tree hashes, inclusion proofs and consistency proofs in the shape of RFC 6962 §2.1 (generation) and
 * RFC 9162 §2.1.3.2 / §2.1.4.2 (verification), with SM3 ({@link LogHash}). Trees of any size, not only powers of
 * two: MTH(D[n]) = node(MTH(D[0:k]), MTH(D[k:n])) with k the largest power of two smaller than n.
 */
public final class MerkleMath {

    private MerkleMath() {
    }

    /** A stored perfect node position. */
    public record NodeKey(int level, long index) {
    }

    /** The largest power of two strictly smaller than n (n ≥ 2). */
    static long splitPoint(long n) {
        return Long.highestOneBit(n - 1);
    }

    /** MTH(D[start:end]) where start is aligned to the largest power of two not above end − start (as in RFC 6962). */
    public static byte[] subtreeHash(PerfectNodes nodes, long start, long end) {
        long n = end - start;
        if (n <= 0) {
            throw new IllegalArgumentException("empty subtree");
        }
        if (Long.bitCount(n) == 1 && start % n == 0) {
            return nodes.get(Long.numberOfTrailingZeros(n), start / n);
        }
        long k = splitPoint(n);
        return LogHash.node(subtreeHash(nodes, start, start + k), subtreeHash(nodes, start + k, end));
    }

    /** The root hash of the first {@code size} leaves. */
    public static byte[] root(PerfectNodes nodes, long size) {
        if (size < 0) {
            throw new IllegalArgumentException("tree size < 0");
        }
        return size == 0 ? LogHash.empty() : subtreeHash(nodes, 0, size);
    }

    /** RFC 6962 §2.1.1 PATH(index, D[size]): the audit path of one leaf, from the leaf upwards. */
    public static List<byte[]> inclusionProof(PerfectNodes nodes, long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf index " + index + " outside tree of size " + size);
        }
        List<byte[]> out = new ArrayList<>();
        path(nodes, index, 0, size, out);
        return out;
    }

    private static void path(PerfectNodes nodes, long m, long start, long end, List<byte[]> out) {
        long n = end - start;
        if (n == 1) {
            return;
        }
        long k = splitPoint(n);
        if (m < k) {
            path(nodes, m, start, start + k, out);
            out.add(subtreeHash(nodes, start + k, end));
        } else {
            path(nodes, m - k, start + k, end, out);
            out.add(subtreeHash(nodes, start, start + k));
        }
    }

    /** RFC 6962 §2.1.2 PROOF(from, D[to]); empty when from = to or from = 0. */
    public static List<byte[]> consistencyProof(PerfectNodes nodes, long from, long to) {
        if (from < 0 || from > to) {
            throw new IllegalArgumentException("consistency from " + from + " to " + to + " is not defined");
        }
        List<byte[]> out = new ArrayList<>();
        if (from == 0 || from == to) {
            return out;
        }
        subproof(nodes, from, 0, to, true, out);
        return out;
    }

    private static void subproof(PerfectNodes nodes, long m, long start, long end, boolean complete, List<byte[]> out) {
        long n = end - start;
        if (m == n) {
            if (!complete) {
                out.add(subtreeHash(nodes, start, end));
            }
            return;
        }
        long k = splitPoint(n);
        if (m <= k) {
            subproof(nodes, m, start, start + k, complete, out);
            out.add(subtreeHash(nodes, start + k, end));
        } else {
            subproof(nodes, m - k, start + k, end, false, out);
            out.add(subtreeHash(nodes, start, start + k));
        }
    }

    /** RFC 9162 §2.1.3.2: does the audit path lead from the leaf hash to the root of a tree of {@code size}? */
    public static boolean verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = LogHash.node(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = LogHash.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /** RFC 9162 §2.1.4.2: is the tree of {@code to} leaves an append-only extension of the tree of {@code from}? */
    public static boolean verifyConsistency(long from, long to, byte[] fromRoot, byte[] toRoot, List<byte[]> proof) {
        if (from < 0 || from > to) {
            return false;
        }
        if (from == to) {
            return proof.isEmpty() && MessageDigest.isEqual(fromRoot, toRoot);
        }
        if (from == 0) {
            // Every tree extends the empty tree; its root is fixed.
            return proof.isEmpty() && MessageDigest.isEqual(fromRoot, LogHash.empty());
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(from) == 1) {
            path.add(0, fromRoot);
        }
        long fn = from - 1;
        long sn = to - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = LogHash.node(c, fr);
                sr = LogHash.node(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = LogHash.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, fromRoot) && MessageDigest.isEqual(sr, toRoot);
    }

    /** The perfect nodes a computation reads, found by running it once without real hashes, to fetch them in one go. */
    public static Set<NodeKey> nodesNeeded(java.util.function.Consumer<PerfectNodes> computation) {
        Set<NodeKey> keys = new LinkedHashSet<>();
        byte[] dummy = new byte[LogHash.SIZE];
        computation.accept((level, index) -> {
            keys.add(new NodeKey(level, index));
            return dummy;
        });
        return keys;
    }

    /**
     * The perfect nodes completed by appending the leaf at {@code index}: the leaf itself at level 0, then each
     * parent whose right child it completes. {@code existing} supplies earlier nodes (the left siblings).
     */
    public static List<StoredNode> nodesCompletedBy(long index, byte[] leafHash, PerfectNodes existing) {
        List<StoredNode> out = new ArrayList<>();
        out.add(new StoredNode(0, index, leafHash));
        byte[] h = leafHash;
        long i = index;
        int level = 0;
        while ((i & 1) == 1) {
            h = LogHash.node(existing.get(level, i - 1), h);
            i >>= 1;
            level++;
            out.add(new StoredNode(level, i, h));
        }
        return out;
    }

    /** The left siblings {@link #nodesCompletedBy} will read when appending leaf {@code index}. */
    public static List<NodeKey> leftSiblingsOf(long index) {
        List<NodeKey> out = new ArrayList<>();
        long i = index;
        int level = 0;
        while ((i & 1) == 1) {
            out.add(new NodeKey(level, i - 1));
            i >>= 1;
            level++;
        }
        return out;
    }

    /** A perfect node with its hash. */
    public record StoredNode(int level, long index, byte[] hash) {
    }
}
