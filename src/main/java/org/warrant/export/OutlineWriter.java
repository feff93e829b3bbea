package org.warrant.export;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.formatter.Formatter;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.warrant.export.OutlineSyntax.CitationLine;
import org.warrant.export.OutlineSyntax.Role;
import org.warrant.maps.Citation;
import org.warrant.maps.MapNode;
import org.warrant.maps.NodeRole;
import org.warrant.maps.OpenedMap;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleBlock;

/**
 * Writes a map as a Markdown outline: builds the document as a Flexmark AST and renders it with Flexmark's
 * Markdown formatter. Every piece of user text goes through {@link MarkdownText}, so nothing typed can add
 * structure or HTML. The node ids are HTML comments, which Markdown renderers hide.
 */
final class OutlineWriter {

    private static final Pattern PLAIN_URL = Pattern.compile("https?://[^\\s<>\\\\`]+");
    private static final Formatter FORMATTER = Formatter.builder(new MutableDataSet()).build();

    private final OpenedMap content;
    private final Map<Long, String> shortTitles = new LinkedHashMap<>();
    private final Map<Long, Article> articles = new LinkedHashMap<>();

    private OutlineWriter(OpenedMap content, List<Article> mapArticles) {
        this.content = content;
        for (Article a : mapArticles) {
            articles.put(a.id(), a);
            String shortTitle = OutlineSyntax.shortTitle(a.title());
            for (int n = 2; shortTitles.containsValue(shortTitle); n++) {
                shortTitle = OutlineSyntax.shortTitle(a.title()) + " (" + n + ")";
            }
            shortTitles.put(a.id(), shortTitle);
        }
    }

    /** {@code mapArticles} in the map's order; {@code authors} as they should be named. */
    static String write(OpenedMap content, List<Article> mapArticles, List<String> authors, LocalDate exported) {
        return write(content, mapArticles, authors, exported, List.of(), java.time.ZoneId.systemDefault());
    }

    /** With the map's comments after the map's list, when there are any (their dates in {@code zone}). */
    static String write(OpenedMap content, List<Article> mapArticles, List<String> authors, LocalDate exported,
                        List<org.warrant.comments.MapComment> comments, java.time.ZoneId zone) {
        Document doc = new OutlineWriter(content, mapArticles).document(authors, exported);
        CommentSection.append(doc, content, comments, zone);
        return FORMATTER.render(doc);
    }

    private Document document(List<String> authors, LocalDate exported) {
        Document doc = new Document(new MutableDataSet(), BasedSequence.NULL);
        doc.appendChild(heading(1, content.map().title()));
        BulletList meta = list();
        meta.appendChild(item(paragraph(text(OutlineSyntax.FORMAT_LINE))));
        meta.appendChild(item(paragraph(text("Exported: " + exported))));
        meta.appendChild(item(paragraph(text("Authors: " + MarkdownText.singleLine(String.join(", ", authors))))));
        for (Article a : articles.values()) {
            meta.appendChild(item(articleLine(a)));
        }
        doc.appendChild(meta);
        if (content.map().description() != null) {
            doc.appendChild(lines(new Paragraph(), content.map().description(), true));
        }
        doc.appendChild(heading(2, OutlineSyntax.MAP_HEADING));
        BulletList claims = list();
        content.tree().roots().forEach(claim -> claims.appendChild(nodeItem(claim, null)));
        if (claims.hasChildren()) {
            doc.appendChild(claims);
        }
        return doc;
    }

    private Paragraph articleLine(Article a) {
        Paragraph p = paragraph(text("Article “" + MarkdownText.singleLine(shortTitles.get(a.id())) + "”: "));
        Emphasis title = new Emphasis(BasedSequence.of("*"), BasedSequence.NULL, BasedSequence.of("*"));
        title.appendChild(text(MarkdownText.singleLine(a.title())));
        p.appendChild(title);
        StringBuilder rest = new StringBuilder();
        if (a.outlet() != null && !a.outlet().isBlank()) {
            rest.append(", ").append(MarkdownText.singleLine(a.outlet()));
        }
        if (a.publishedOn() != null) {
            rest.append(", ").append(a.publishedOn());
        }
        p.appendChild(text(rest.toString()));
        if (a.sourceUrl() != null && PLAIN_URL.matcher(a.sourceUrl()).matches()) {
            p.appendChild(text(", "));
            p.appendChild(autoLink(a.sourceUrl()));
        }
        return p;
    }

    /** {@code <url>}: its parts cut from one sequence, as the formatter writes a node's own characters. */
    private static AutoLink autoLink(String url) {
        BasedSequence all = BasedSequence.of("<" + url + ">");
        AutoLink link = new AutoLink(all.subSequence(0, 1), all.subSequence(1, all.length() - 1), all.subSequence(all.length() - 1));
        link.setChars(all);
        return link;
    }

    /** A node's item, or for the first of a group of co-premises the group's. Later members are in the group. */
    private BulletListItem nodeItem(MapNode node, MapNode parent) {
        return node.reasonGroup() != null ? linkedReason(node) : plainItem(node, parent);
    }

    private boolean isFirstOfGroup(MapNode node) {
        return groupOf(node).getFirst().id().equals(node.id());
    }

    private List<MapNode> groupOf(MapNode node) {
        return content.tree().childrenOf(node.parentId()).stream()
                .filter(n -> node.reasonGroup().equals(n.reasonGroup())).toList();
    }

    /** Co-premises: one item for the reason they make together, the premises inside it. */
    private BulletListItem linkedReason(MapNode first) {
        MapNode parent = content.node(first.parentId());
        BulletListItem item = item(paragraph(strong(Role.LINKED_REASON.label),
                text(MarkdownText.singleLine(OutlineSyntax.stanceLabel(first.stance(), false)) + ":")));
        BulletList members = list();
        groupOf(first).forEach(member -> members.appendChild(plainItem(member, parent)));
        item.appendChild(members);
        return item;
    }

    private BulletListItem plainItem(MapNode node, MapNode parent) {
        Paragraph p = paragraph(strong(role(node, parent).label),
                text(MarkdownText.singleLine(OutlineSyntax.stanceLabel(node.stance(), node.undercut())) + ": "));
        lines(p, node.text(), false);
        p.appendChild(text(" "));
        p.appendChild(new HtmlInlineComment(BasedSequence.of("<!-- id: " + node.ref() + " -->")));
        BulletListItem item = item(p);
        for (Citation c : content.citationsOf(node.id())) {
            item.appendChild(quote(c));
        }
        List<MapNode> children = content.tree().children(node.id());
        if (!children.isEmpty()) {
            BulletList list = list();
            for (MapNode child : children) {
                if (child.reasonGroup() == null || isFirstOfGroup(child)) {
                    list.appendChild(nodeItem(child, node));
                }
            }
            item.appendChild(list);
        }
        return item;
    }

    private static Role role(MapNode node, MapNode parent) {
        return Role.writtenFor(NodeRole.of(node, parent));
    }

    private BlockQuote quote(Citation c) {
        BlockQuote q = new BlockQuote();
        q.setOpeningMarker(BasedSequence.of(">"));
        q.appendChild(lines(new Paragraph(), c.quote(), true));
        Article a = articles.get(c.articleId());
        String source = a == null ? "article " + c.articleId() : shortTitles.get(a.id());
        int paragraph = a == null ? 0 : paragraphAt(a, c.startOffset());
        q.appendChild(paragraph(text(MarkdownText.singleLine(
                new CitationLine(source, paragraph, c.startOffset(), c.endOffset()).text()))));
        return q;
    }

    /** The number of the paragraph the offset falls in, or of the last one before it (0 before the first). */
    static int paragraphAt(Article article, int offset) {
        int number = 0;
        for (ArticleBlock b : article.blocks()) {
            if (b.startOffset() > offset) {
                break;
            }
            if (b.number() != null) {
                number = b.number();
            }
        }
        return number;
    }

    static Heading heading(int level, String title) {
        Heading h = new Heading();
        h.setLevel(level);
        h.setOpeningMarker(BasedSequence.of("#".repeat(level)));
        h.appendChild(text(MarkdownText.singleLine(title)));
        return h;
    }

    static <T extends Node> T lines(T parent, String text, boolean startsLine) {
        String[] lines = MarkdownText.lines(text, startsLine);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                parent.appendChild(new HardLineBreak(BasedSequence.of("\\\n")));
            }
            if (!lines[i].isEmpty()) {
                parent.appendChild(text(lines[i]));
            }
        }
        return parent;
    }

    static BulletList list() {
        BulletList list = new BulletList();
        list.setOpeningMarker('-');
        list.setTight(true);
        return list;
    }

    static BulletListItem item(Paragraph first) {
        BulletListItem item = new BulletListItem();
        item.setOpeningMarker(BasedSequence.of("-"));
        item.setTight(true);
        item.appendChild(first);
        return item;
    }

    static Paragraph paragraph(Node... inlines) {
        Paragraph p = new Paragraph();
        for (Node n : inlines) {
            p.appendChild(n);
        }
        return p;
    }

    static StrongEmphasis strong(String label) {
        StrongEmphasis s = new StrongEmphasis(BasedSequence.of("**"), BasedSequence.NULL, BasedSequence.of("**"));
        s.appendChild(text(label));
        return s;
    }

    /** {@code source} is Markdown source already: escaped user text or the format's own words. */
    static Text text(String source) {
        return new Text(BasedSequence.of(source));
    }
}
