package org.zhifa.evidence.log;

/**
 * Source of the hashes of perfect (complete, power-of-two sized, aligned) subtrees: the node at {@code level} and
 * {@code index} covers leaves {@code [index·2^level, (index+1)·2^level)}; level 0 holds the leaf hashes. Once
 * written such a node never changes, so it can be stored and every root and proof is assembled from O(log² n)
 * of them instead of rehashing the leaves.
 */
@FunctionalInterface
public interface PerfectNodes {

    byte[] get(int level, long index);
}
