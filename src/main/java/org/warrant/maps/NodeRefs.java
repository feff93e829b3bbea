package org.warrant.maps;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Node refs: the ids nodes carry in Markdown outlines. New nodes get ten random base-32 characters (50 bits:
 * a clash inside one 10,000-node map has odds below one in ten million; were it to happen, the map's next
 * export would show one id twice and its import would say so). Imported nodes keep the refs of their outline,
 * which the import checks for duplicates; a duplicated map keeps its original's.
 */
public final class NodeRefs {

    public static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,24}");
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private NodeRefs() {
    }

    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] ref = new char[10];
        for (int i = 0; i < ref.length; i++) {
            ref[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(ref);
    }

    public static boolean isValid(String ref) {
        return ref != null && VALID.matcher(ref).matches();
    }
}
