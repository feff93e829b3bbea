package org.warrant.maps;

import java.util.regex.Pattern;

import org.warrant.shared.RandomCodes;

/**
 * Node refs: the ids nodes carry in Markdown outlines. New nodes get ten random base-32 characters (50 bits:
 * a clash inside one 10,000-node map has odds below one in ten million; were it to happen, the map's next
 * export would show one id twice and its import would say so). Imported nodes keep the refs of their outline,
 * which the import checks for duplicates; a duplicated map keeps its original's.
 */
public final class NodeRefs {

    public static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,24}");

    private NodeRefs() {
    }

    public static String next() {
        return RandomCodes.unique(10, RandomCodes.READABLE);
    }

    public static boolean isValid(String ref) {
        return ref != null && VALID.matcher(ref).matches();
    }
}
