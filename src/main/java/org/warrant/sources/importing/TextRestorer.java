package org.warrant.sources.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.warrant.sources.ArticleDraft.DraftBlock;
import org.warrant.sources.BlockKind;

/**
 * Restores headings and paragraphs from text that PDF extraction hard-wrapped into narrow lines.
 *
 * <p>It joins the lines of a paragraph, re-joins words hyphenated across lines, mends paragraphs that a page
 * or column break split in two, drops stray page numbers and recognises all-capital or short title lines
 * between blank lines as headings. It never changes the words themselves: typos stay.
 */
public final class TextRestorer {

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:-[\\p{L}]+)*");
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,4}");
    private static final int MAX_HEADING_LENGTH = 90;

    private TextRestorer() {
    }

    public static List<DraftBlock> restore(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
        Set<String> vocabulary = vocabulary(text);
        List<List<String>> chunks = chunks(text);
        List<DraftBlock> blocks = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            List<String> lines = chunks.get(i);
            boolean continuedBelow = i + 1 < chunks.size() && Character.isLowerCase(chunks.get(i + 1).getFirst().codePointAt(0));
            if (!continuedBelow && isHeading(lines)) {
                blocks.add(DraftBlock.heading(2, String.join(" ", lines)));
                continue;
            }
            String paragraph = joinLines(lines, vocabulary);
            DraftBlock last = blocks.isEmpty() ? null : blocks.getLast();
            if (last != null && last.kind() == BlockKind.PARAGRAPH && continues(last.text(), paragraph)) {
                blocks.set(blocks.size() - 1, DraftBlock.paragraph(join(last.text(), paragraph, vocabulary)));
            } else {
                blocks.add(DraftBlock.paragraph(paragraph));
            }
        }
        return blocks;
    }

    /** Blank-line separated groups of trimmed lines, without stray page numbers. */
    private static List<List<String>> chunks(String text) {
        List<List<String>> chunks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip().replaceAll(" {2,}", " ");
            if (trimmed.isEmpty()) {
                if (!current.isEmpty()) {
                    chunks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(trimmed);
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        chunks.removeIf(c -> c.size() == 1 && PAGE_NUMBER.matcher(c.getFirst()).matches());
        return chunks;
    }

    static boolean isHeading(List<String> lines) {
        String text = String.join(" ", lines);
        if (lines.size() > 2 || text.length() > MAX_HEADING_LENGTH || !Character.isUpperCase(text.codePointAt(0))) {
            return false;
        }
        boolean hasLetters = text.chars().anyMatch(Character::isLetter);
        boolean allCaps = hasLetters && text.equals(text.toUpperCase()) && text.chars().filter(Character::isLetter).count() > 3;
        if (allCaps) {
            return true;
        }
        char end = text.charAt(text.length() - 1);
        boolean sentenceEnd = ".,;:!?\"”’)".indexOf(end) >= 0;
        boolean labelled = text.contains(": "); // "Keywords: a, b" is a line of the text, not a title
        return lines.size() == 1 && !sentenceEnd && !labelled && text.split(" ").length <= 10;
    }

    /** A chunk that starts in lower case, or follows a dangling hyphen, continues the paragraph before it. */
    private static boolean continues(String previous, String next) {
        return previous.endsWith("-") || Character.isLowerCase(next.codePointAt(0));
    }

    private static String joinLines(List<String> lines, Set<String> vocabulary) {
        String result = lines.getFirst();
        for (int i = 1; i < lines.size(); i++) {
            result = join(result, lines.get(i), vocabulary);
        }
        return result;
    }

    static String join(String left, String right, Set<String> vocabulary) {
        if (left.endsWith("-") && left.length() > 1 && Character.isLetter(left.charAt(left.length() - 2))) {
            if (!Character.isLowerCase(right.codePointAt(0))) {
                return left + right; // "Tehran-Moscow-" + "Yerevan": a real hyphen
            }
            String head = lastWord(left.substring(0, left.length() - 1));
            String tail = firstWord(right);
            boolean realHyphen = vocabulary.contains((head + "-" + tail).toLowerCase())
                    && !vocabulary.contains((head + tail).toLowerCase());
            return realHyphen ? left + right : left.substring(0, left.length() - 1) + right;
        }
        return left + " " + right;
    }

    private static String lastWord(String s) {
        int i = s.length();
        while (i > 0 && Character.isLetter(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(i);
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }

    /** Words (and hyphenated compounds) that occur inside lines, to tell "anti-Iranian" from "rela-tions". */
    private static Set<String> vocabulary(String text) {
        Set<String> words = new HashSet<>();
        for (String line : text.split("\n")) {
            String inner = line.strip();
            if (inner.endsWith("-")) {
                inner = inner.substring(0, inner.length() - 1);
            }
            Matcher m = WORD.matcher(inner);
            while (m.find()) {
                words.add(m.group().toLowerCase());
            }
        }
        return words;
    }
}
