package org.warrant.export;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import org.warrant.comments.MapComment;
import org.warrant.maps.MapNode;
import org.warrant.maps.OpenedMap;

/**
 * The map's comments as a last section of its outline, one item per thread with the replies under it:
 * {@code - On “Node text”: **Name**, 2026-11-23 (resolved): text}. Import reads up to this section and no
 * further: comments belong to the map they were made on.
 */
final class CommentSection {

    private static final int QUOTED_NODE_TEXT = 60;

    private CommentSection() {
    }

    static void append(Document doc, OpenedMap content, List<MapComment> comments, ZoneId zone) {
        if (comments.isEmpty()) {
            return;
        }
        Map<Long, List<MapComment>> replies = comments.stream().filter(MapComment::isReply)
                .collect(Collectors.groupingBy(MapComment::replyTo));
        BulletList threads = OutlineWriter.list();
        for (MapComment thread : comments.stream().filter(c -> !c.isReply()).toList()) {
            MapNode node = thread.nodeId() == null ? null : content.node(thread.nodeId());
            String on = node == null ? "On a deleted node: " : "On “" + MarkdownText.singleLine(shortened(node.text())) + "”: ";
            BulletListItem item = OutlineWriter.item(said(OutlineWriter.paragraph(OutlineWriter.text(on)), thread, zone));
            List<MapComment> answers = replies.getOrDefault(thread.id(), List.of());
            if (!answers.isEmpty()) {
                BulletList list = OutlineWriter.list();
                answers.forEach(r -> list.appendChild(OutlineWriter.item(said(new Paragraph(), r, zone))));
                item.appendChild(list);
            }
            threads.appendChild(item);
        }
        doc.appendChild(OutlineWriter.heading(2, OutlineSyntax.COMMENTS_HEADING));
        doc.appendChild(threads);
    }

    /** "**Name**, date (resolved): text" after whatever the paragraph holds. */
    private static Paragraph said(Paragraph p, MapComment c, ZoneId zone) {
        p.appendChild(OutlineWriter.strong(MarkdownText.singleLine(c.authorName())));
        String when = ", " + c.createdAt().atZone(zone).toLocalDate() + (c.resolved() ? " (resolved)" : "") + ": ";
        p.appendChild(OutlineWriter.text(when));
        return OutlineWriter.lines(p, c.text(), false);
    }

    private static String shortened(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= QUOTED_NODE_TEXT ? line : line.substring(0, QUOTED_NODE_TEXT - 1) + "…";
    }
}
