package org.warrant.ui;

/**
 * A count with its noun in the right number: "1 paragraph", "12 paragraphs", "1,024 nodes". The bundle has
 * {@code key.one} and {@code key.other}, each with {0} for the number.
 */
public final class Counted {

    private Counted() {
    }

    public static String of(long n, String key) {
        return Text.t(key + (n == 1 ? ".one" : ".other"), n);
    }
}
