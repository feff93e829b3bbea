package org.warrant.export;

import java.text.Normalizer;
import java.util.Locale;

/** Names for downloaded files, made from a title: lower-case ASCII letters, digits and dashes, safe everywhere. */
public final class FileNames {

    private static final int MAX_LENGTH = 80;

    private FileNames() {
    }

    /** "Iran's neutrality: a case" becomes "irans-neutrality-a-case"; {@code fallback} when nothing is left. */
    public static String stem(String title, String fallback) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String name = ascii.toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return name.isEmpty() ? fallback : name;
    }
}
