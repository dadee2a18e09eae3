package org.zhifa.evidence.log;

import java.util.HashMap;
import java.util.Map;

/** A log held in memory: for tests, the benchmark generator and offline tools. */
public final class InMemoryNodes implements PerfectNodes {

    private final Map<MerkleMath.NodeKey, byte[]> nodes = new HashMap<>();
    private long size;

    /** Appends a leaf (its bytes, not its hash) and returns its index. */
    public long append(byte[] leaf) {
        return appendLeafHash(LogHash.leaf(leaf));
    }

    public long appendLeafHash(byte[] leafHash) {
        long index = size;
        for (MerkleMath.StoredNode n : MerkleMath.nodesCompletedBy(index, leafHash, this)) {
            nodes.put(new MerkleMath.NodeKey(n.level(), n.index()), n.hash());
        }
        size++;
        return index;
    }

    public long size() {
        return size;
    }

    public byte[] root() {
        return MerkleMath.root(this, size);
    }

    @Override
    public byte[] get(int level, long index) {
        byte[] h = nodes.get(new MerkleMath.NodeKey(level, index));
        if (h == null) {
            throw new IllegalStateException("missing node level " + level + " index " + index);
        }
        return h;
    }
}
