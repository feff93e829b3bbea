package org.warrant.maps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * An article's corrected text beside the text before it, and where a passage cited in the old text is in the
 * new one. The two texts are compared word by word with java-diff-utils (Myers' diff); a passage is placed, in
 * this order: where it was, if unchanged; where the diff carries it, if its words came through unchanged; by its
 * exact quote and surrounding context ({@link Passage#reanchorIn}); by a fuzzy match where the diff carries its
 * ends, if the words there are close enough to the old quote. Anything less certain is orphaned, never moved.
 */
public final class CorrectedText {

    /** How alike (0 to 1, shared characters over both lengths) the new words must be to the old quote. */
    static final double FUZZY_MATCH = 0.8;

    private final String after;
    private final int[] startsBefore;
    private final int[] startsAfter;
    private final int[] carried; // for each word of the old text: the same word's index in the new one, or -1
    private final int lengthBefore;

    public CorrectedText(String before, String after) {
        this.after = after;
        this.lengthBefore = before.length();
        List<String> wordsBefore = new ArrayList<>();
        List<String> wordsAfter = new ArrayList<>();
        startsBefore = tokens(before, wordsBefore);
        startsAfter = tokens(after, wordsAfter);
        carried = new int[wordsBefore.size()];
        Arrays.fill(carried, -1);
        Patch<String> patch = DiffUtils.diff(wordsBefore, wordsAfter);
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            while (i < delta.getSource().getPosition()) {
                carried[i++] = j++;
            }
            i += delta.getSource().size();
            j += delta.getTarget().size();
        }
        while (i < carried.length) {
            carried[i++] = j++;
        }
    }

    /** Where the passage is in the corrected text, and how sure that is. */
    public Passage.Reanchoring place(Passage p) {
        if (p.isAnchoredIn(after)) {
            return new Passage.Reanchoring(Citation.AnchorStatus.ANCHORED, p);
        }
        int start = startOf(p.start());
        int end = endOf(p.end());
        if (start >= 0 && end > start && after.substring(start, end).equals(p.quote())) {
            return new Passage.Reanchoring(Citation.AnchorStatus.MOVED, Passage.at(p.articleId(), after, start, end));
        }
        Passage.Reanchoring byQuote = p.reanchorIn(after);
        if (byQuote.status() != Citation.AnchorStatus.ORPHANED) {
            return byQuote;
        }
        if (start < 0 && end > 0) {
            start = Math.max(0, end - p.quote().length());
        } else if (start >= 0 && end < 0) {
            end = Math.min(after.length(), start + p.quote().length());
        }
        if (start >= 0 && end > start) {
            try {
                Passage candidate = Passage.select(p.articleId(), after, start, end);
                if (similarity(p.quote(), candidate.quote()) >= FUZZY_MATCH) {
                    return new Passage.Reanchoring(Citation.AnchorStatus.MOVED, candidate);
                }
            } catch (MapRuleException nothingThere) {
                // only spaces where the quote was: orphaned below
            }
        }
        return new Passage.Reanchoring(Citation.AnchorStatus.ORPHANED, p);
    }

    /** Characters the two texts share, in order, over their mean length: 1 for equal texts. */
    static double similarity(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        List<Character> x = a.chars().mapToObj(c -> (char) c).toList();
        List<Character> y = b.chars().mapToObj(c -> (char) c).toList();
        int changed = 0;
        for (AbstractDelta<Character> d : DiffUtils.diff(x, y).getDeltas()) {
            changed += d.getSource().size() + d.getTarget().size();
        }
        return 1 - (double) changed / (a.length() + b.length());
    }

    /** Where an offset of the old text is in the new one, or -1 when its word was changed. */
    private int startOf(int offset) {
        if (offset >= lengthBefore) {
            return -1;
        }
        int word = wordAt(offset);
        return carried[word] < 0 ? -1 : startsAfter[carried[word]] + offset - startsBefore[word];
    }

    /** Where the end of a passage (exclusive) lands: just after its last character, if that came through. */
    private int endOf(int end) {
        int last = end <= 0 ? -1 : startOf(end - 1);
        return last < 0 ? -1 : last + 1;
    }

    private int wordAt(int offset) {
        int at = Arrays.binarySearch(startsBefore, offset);
        return at >= 0 ? at : -at - 2;
    }

    /** Splits a text into words, runs of spaces and single other characters; returns where each starts. */
    private static int[] tokens(String text, List<String> out) {
        List<Integer> starts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
            } else if (Character.isWhitespace(c)) {
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
            starts.add(start);
            out.add(text.substring(start, i));
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
