package org.warrant.sources;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.warrant.sources.ArticleDraft.DraftBlock;

/**
 * Lays blocks out into one body text, separated by blank lines, and records each block's offsets.
 * Offsets count UTF-16 code units: the unit of Java strings and of the browser's DOM Range, so a selection
 * made in the reader maps to the body without conversion (docs/decisions/0002-anchor-offsets.md).
 */
public record AnchorSpace(String body, List<ArticleBlock> blocks) {

    static final String SEPARATOR = "\n\n";

    public static AnchorSpace layout(List<DraftBlock> drafts) {
        StringBuilder body = new StringBuilder();
        List<ArticleBlock> blocks = new ArrayList<>();
        int paragraphNumber = 0;
        for (DraftBlock draft : drafts) {
            String text = draft.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (!body.isEmpty()) {
                body.append(SEPARATOR);
            }
            int start = body.length();
            body.append(text);
            boolean paragraph = draft.kind() == BlockKind.PARAGRAPH;
            blocks.add(new ArticleBlock(draft.kind(), paragraph ? 0 : Math.clamp(draft.level(), 1, 3),
                    paragraph ? ++paragraphNumber : null, start, body.length()));
        }
        return new AnchorSpace(body.toString(), List.copyOf(blocks));
    }

    /** SHA-256 of the body: the same text imported twice is one article, whatever its metadata says. */
    public String contentHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
