package org.warrant.ui;

import java.util.Locale;

/** A count with its noun in the right number: "1 paragraph", "12 paragraphs", "1,024 nodes". */
public final class Counted {

    private Counted() {
    }

    public static String of(long n, String one, String many) {
        return String.format(Locale.ENGLISH, "%,d %s", n, n == 1 ? one : many);
    }
}
