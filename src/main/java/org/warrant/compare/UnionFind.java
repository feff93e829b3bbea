package org.warrant.compare;

/** Disjoint sets of 0..size-1, joined as pairs turn out to belong together (path halving keeps finds short). */
final class UnionFind {

    private final int[] parent;

    UnionFind(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    /** The representative of x's set. */
    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Joins the sets of a and b; b's representative stands for both. */
    void union(int a, int b) {
        parent[find(a)] = find(b);
    }
}
