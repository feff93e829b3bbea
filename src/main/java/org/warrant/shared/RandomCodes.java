package org.warrant.shared;

import java.security.SecureRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Random codes drawn from an alphabet. Codes a person reads out or types avoid look-alike characters; codes that
 * guard something (join codes, passwords) come from a {@link SecureRandom}, ids that only need to differ (node
 * refs) from the faster thread-local generator.
 */
public final class RandomCodes {

    /** Lower-case letters and digits without l, o, 0 and 1. */
    public static final String READABLE = "abcdefghijkmnpqrstuvwxyz23456789";
    /** Upper-case letters and digits without I, L, O, 0 and 1. */
    public static final String READABLE_UPPER = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private static final SecureRandom SECURE = new SecureRandom();

    private RandomCodes() {
    }

    /** A code that must not be guessed. */
    public static String secret(int length, String alphabet) {
        return draw(SECURE, length, alphabet);
    }

    /** A code that only has to differ from others, made fast (thousands at a time in an import). */
    public static String unique(int length, String alphabet) {
        return draw(ThreadLocalRandom.current(), length, alphabet);
    }

    /** The code with {@code separator} between groups of {@code size}: "k3f9-a2x7-qd8m". */
    public static String grouped(String code, int size, char separator) {
        StringBuilder out = new StringBuilder(code.length() + code.length() / size);
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % size == 0) {
                out.append(separator);
            }
            out.append(code.charAt(i));
        }
        return out.toString();
    }

    private static String draw(RandomGenerator random, int length, String alphabet) {
        char[] code = new char[length];
        for (int i = 0; i < length; i++) {
            code[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(code);
    }
}
