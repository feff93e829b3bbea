package org.warrant.exchange.argdown;

import java.util.regex.Pattern;

/**
 * A statement's text as Argdown's model has it: emphasis markers dropped (their words kept), escapes resolved,
 * tags, mentions and links left as written. Runs of white space become one space.
 */
final class ArgdownInlineText {

    private static final Pattern STRONG = Pattern.compile("(?<!\\\\)(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)(?<!\\\\)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<!\\\\)([*_])(?=\\S)(.+?)(?<=[^\\s\\\\])\\1(?=[\\s.,!?;:)}*_-]|$)");

    private ArgdownInlineText() {
    }

    /** Longer than any statement may be: such a text is refused anyway, and the emphasis patterns' time grows with its square. */
    private static final int MAX_MARKED_UP = 20_000;

    static String clean(String written) {
        String text = written;
        if (written.length() <= MAX_MARKED_UP) {
            text = STRONG.matcher(text).replaceAll("$2");
            text = EMPHASIS.matcher(text).replaceAll("$2");
        }
        return ArgdownText.unescape(text).replaceAll("\\s+", " ").strip();
    }
}
