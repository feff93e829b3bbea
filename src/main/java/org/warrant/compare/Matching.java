package org.warrant.compare;

import java.util.Arrays;

/**
 * A one-to-one pairing of the nodes of two maps (left and right, by their index in each map), and what each
 * pair was matched on: the passages both cite, failing that their wording, failing that their matched replies.
 */
public final class Matching {

    public enum Basis { PASSAGES, WORDING, REPLIES }

    private final int[] toRight;
    private final int[] toLeft;
    private final Basis[] basis;
    private final double[] score;
    private int pairs;

    Matching(int leftSize, int rightSize) {
        toRight = new int[leftSize];
        toLeft = new int[rightSize];
        basis = new Basis[leftSize];
        score = new double[leftSize];
        Arrays.fill(toRight, -1);
        Arrays.fill(toLeft, -1);
    }

    void pair(int left, int right, Basis on, double weight) {
        toRight[left] = right;
        score[left] = weight;
        toLeft[right] = left;
        basis[left] = on;
        pairs++;
    }

    /** The same pairs seen from the other side. */
    Matching flipped() {
        Matching out = new Matching(rightSize(), leftSize());
        for (int left = 0; left < leftSize(); left++) {
            if (toRight[left] >= 0) {
                out.pair(toRight[left], left, basis[left], score[left]);
            }
        }
        return out;
    }

    /** The right node matched with this left node, or -1. */
    public int rightOf(int left) {
        return toRight[left];
    }

    /** The left node matched with this right node, or -1. */
    public int leftOf(int right) {
        return toLeft[right];
    }

    /** What the pair starting at this left node was matched on; null when it is unmatched. */
    public Basis basis(int left) {
        return basis[left];
    }

    /** How strongly the pair starting at this left node matched: passage overlap or wording similarity, 0 to 1. */
    public double score(int left) {
        return Math.min(1, score[left]);
    }

    public int pairs() {
        return pairs;
    }

    public int leftSize() {
        return toRight.length;
    }

    public int rightSize() {
        return toLeft.length;
    }
}
