package org.warrant.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.warrant.drafts.MapDraft;
import org.warrant.drafts.MapDraftService;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.NodeRefs;
import org.warrant.maps.Stance;
import org.warrant.sources.ArticleService;
import org.warrant.testing.WarrantTest;

/**
 * Every hostile string of the corpus, typed as a claim and as a premise, through export, preview and
 * re-import: it stays literal text in the Markdown, the preview has no script, event handler or unsafe
 * link, and it comes back exactly.
 */
@WarrantTest
@WithMockUser(username = "student1", roles = "STUDENT")
class OutlineEscapingTest {

    private static final Set<Class<?>> ITEM_INLINES = Set.of(StrongEmphasis.class, Text.class, HardLineBreak.class,
            HtmlEntity.class, HtmlInlineComment.class);
    private static final Pattern ID_COMMENT = Pattern.compile("<!-- id: [A-Za-z0-9_-]+ -->");
    private static final Set<String> SAFE_TAGS = Set.of("html", "head", "body", "h1", "h2", "p", "br", "ul", "li", "strong", "em", "blockquote");

    @Autowired OutlineService outlines;
    @Autowired MapDraftService drafts;
    @Autowired MapService maps;
    @Autowired ArticleService articles;
    private final List<String> corpus = HostileStrings.all();
    private long mapId;
    private String markdown;

    @BeforeEach
    void exportAMapOfHostileText() {
        List<MapDraft.Node> nodes = new ArrayList<>();
        for (String s : corpus) {
            nodes.add(new MapDraft.Node(NodeRefs.next(), null, NodeKind.CLAIM, Stance.NONE, s, null, false, List.of()));
            nodes.add(new MapDraft.Node(NodeRefs.next(), nodes.size() - 1, NodeKind.PREMISE, Stance.PRO, s, null, false, List.of()));
        }
        long article = articles.list("Caliber").getFirst().id();
        mapId = drafts.create(new MapDraft("<script>alert(1)</script> *map* # 1 [x](javascript:alert(1))",
                "<img src=x onerror=alert(1)>\n# not a heading\n\n- not a list", List.of(article), nodes));
        markdown = outlines.export(mapId).markdown();
    }

    @Test
    void the_corpus_has_over_a_hundred_strings() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(100).doesNotHaveDuplicates();
    }

    @Test
    void hostile_text_stays_literal_text_in_the_outline() {
        Node doc = Parser.builder().build().parse(markdown);
        assertThat(doc.getFirstChild()).isInstanceOf(Heading.class);
        Node mapList = doc.getLastChild();
        assertThat(mapList).isInstanceOf(BulletList.class);
        List<Node> items = new ArrayList<>();
        mapList.getDescendants().forEach(n -> {
            if (n instanceof BulletListItem) {
                items.add(n);
            }
        });
        assertThat(items).hasSize(corpus.size() * 2);
        for (Node item : items) {
            Paragraph p = (Paragraph) item.getFirstChild();
            for (Node inline = p.getFirstChild(); inline != null; inline = inline.getNext()) {
                assertThat(ITEM_INLINES).as("%s in %s", inline.getNodeName(), p.getChars()).contains(inline.getClass());
                if (inline instanceof HtmlInlineComment c) {
                    assertThat(c.getChars().toString()).matches(ID_COMMENT);
                }
            }
            for (Node block = p.getNext(); block != null; block = block.getNext()) {
                assertThat(block).as("block under %s", p.getChars()).isInstanceOf(BulletList.class);
            }
        }
        for (int at = markdown.indexOf('<'); at >= 0; at = markdown.indexOf('<', at + 1)) { // no raw "<" but the ids'
            int backslashes = 0;
            while (markdown.charAt(at - 1 - backslashes) == '\\') {
                backslashes++;
            }
            assertThat(backslashes % 2 == 1 || markdown.startsWith("<!-- id: ", at) || markdown.startsWith("<http", at))
                    .as("raw < at %d", at).isTrue();
        }
    }

    @Test
    void the_preview_of_hostile_text_has_no_script_handler_or_unsafe_link() {
        String html = outlines.preview(markdown);
        assertSafe(html);
        String text = Jsoup.parse(html).text();
        assertThat(text).contains("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))");
    }

    @Test
    void hostile_markdown_previewed_as_it_is_is_still_safe() {
        for (String s : corpus) {
            assertSafe(outlines.preview(s));
            assertSafe(outlines.preview("- item\n\n  " + s.replace("\n", "\n  ")));
        }
    }

    @Test
    void hostile_text_comes_back_exactly_on_import() {
        long imported = outlines.importOutline(markdown, "unused", null);
        List<String> texts = maps.open(imported).tree().inTreeOrder().stream().map(MapNode::text).toList();
        List<String> expected = new ArrayList<>();
        corpus.forEach(s -> {
            expected.add(s.strip());
            expected.add(s.strip());
        });
        assertThat(texts).isEqualTo(expected);
        assertThat(outlines.export(imported).markdown()).isEqualTo(markdown);
        assertThat(maps.open(imported).map().title()).isEqualTo("<script>alert(1)</script> *map* # 1 [x](javascript:alert(1))");
    }

    /** What an HTML parser finds in the preview: only harmless elements, no handlers, only http(s) and mailto links. */
    private static void assertSafe(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element e : doc.getAllElements()) {
            assertThat(SAFE_TAGS.contains(e.tagName()) || e.tagName().equals("a") || e.tagName().equals("code")
                    || e.tagName().equals("pre") || e.tagName().equals("hr") || e.tagName().equals("ol")
                    || e.tagName().matches("h[3-6]") || e.tagName().equals("#root"))
                    .as("element <%s> in %s", e.tagName(), html).isTrue();
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey().toLowerCase()).as("attribute in %s", html).doesNotStartWith("on").isIn("href", "rel");
            }
            if (e.tagName().equals("a")) {
                assertThat(e.attr("href")).as("link in %s", html).matches("(?i)(https?:|mailto:).*");
            }
        }
    }
}
