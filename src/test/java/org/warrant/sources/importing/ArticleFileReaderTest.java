package org.warrant.sources.importing;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.warrant.sources.ArticleDraft;
import org.warrant.sources.ArticleDraft.DraftBlock;
import org.warrant.sources.ArticleRejectedException;
import org.warrant.sources.BlockKind;

class ArticleFileReaderTest {

    private final ArticleFileReader reader = new ArticleFileReader(DataSize.ofKilobytes(64), 5_000);

    private static List<String> paragraphs(ArticleDraft draft) {
        return draft.blocks().stream().filter(b -> b.kind() == BlockKind.PARAGRAPH).map(DraftBlock::text).toList();
    }

    @Test
    void plain_text_takes_its_short_first_line_as_title_and_each_line_as_a_paragraph() {
        ArticleDraft draft = reader.read("note.txt", "Iran and Azerbaijan\n\nFirst paragraph.\nSecond paragraph.\n".getBytes(UTF_8));
        assertThat(draft.title()).isEqualTo("Iran and Azerbaijan");
        assertThat(paragraphs(draft)).containsExactly("First paragraph.", "Second paragraph.");
    }

    @Test
    void a_blank_title_in_the_front_matter_falls_back_to_the_heading() {
        ArticleDraft draft = reader.read("blank-title.md", "---\ntitle: \n---\n# Heading\n\nText.\n".getBytes(UTF_8));
        assertThat(draft.title()).isEqualTo("Heading");
    }

    @Test
    void an_empty_front_matter_block_is_read_as_no_metadata() {
        ArticleDraft draft = reader.read("empty-meta.md", "---\n---\n# Title\n\nText.\n".getBytes(UTF_8));
        assertThat(draft.title()).isEqualTo("Title");
        assertThat(paragraphs(draft)).containsExactly("Text.");
    }

    @Test
    void markdown_nested_thousands_of_levels_deep_is_refused_with_where() {
        byte[] deep = ("# Title\n\n" + "> ".repeat(5_000) + "quote\n").getBytes(UTF_8);
        assertThatThrownBy(() -> reader.read("deep.md", deep)).isInstanceOf(ArticleRejectedException.class)
                .hasMessageContaining("deep.md nests lists or quotes 5000 levels deep at line 3");
    }

    @Test
    void markdown_that_runs_on_without_closing_an_address_is_refused_with_what_to_do() {
        ArticleFileReader large = new ArticleFileReader(DataSize.ofMegabytes(4), 3_000_000);
        byte[] endless = ("# T\n\n<" + "x".repeat(1_500_000) + "@example.com>\n").getBytes(UTF_8);
        assertThatThrownBy(() -> large.read("endless.md", endless)).isInstanceOf(ArticleRejectedException.class)
                .hasMessageContaining("endless.md can't be read: it nests or runs on too far");
    }

    @Test
    void markdown_lists_and_quotes_a_hundred_levels_deep_are_read_in_order() {
        StringBuilder md = new StringBuilder("# Title\n\n");
        for (int i = 0; i < 50; i++) {
            md.append("  ".repeat(i)).append("- item ").append(i).append('\n');
        }
        md.append("\nAfter.\n");
        ArticleDraft draft = reader.read("nested.md", md.toString().getBytes(UTF_8));
        assertThat(paragraphs(draft)).startsWith("item 0", "item 1", "item 2").endsWith("item 49", "After.");
    }

    @Test
    void markdown_front_matter_fills_the_metadata_and_markup_is_dropped() {
        String md = """
                ---
                title: Neighbours, partners, foes?
                authors: Samir Ibrahimov
                outlet: Caliber.Az
                published: 2023-09-11
                kind: interview
                ---

                ## Background

                Iran is a **neighbour** and [Azerbaijan](https://example.org) needs *good* relations.

                > A quoted line.
                """;
        ArticleDraft draft = reader.read("interview.md", md.getBytes(UTF_8));
        assertThat(draft.title()).isEqualTo("Neighbours, partners, foes?");
        assertThat(draft.authors()).isEqualTo("Samir Ibrahimov");
        assertThat(draft.publishedOn()).isEqualTo(LocalDate.of(2023, 9, 11));
        assertThat(draft.blocks().getFirst()).isEqualTo(DraftBlock.heading(2, "Background"));
        assertThat(paragraphs(draft)).containsExactly("Iran is a neighbour and Azerbaijan needs good relations.", "A quoted line.");
    }

    @Test
    void html_keeps_the_article_and_drops_navigation_banners_and_scripts() {
        String html = """
                <html><head><title>Site | Page</title>
                <meta name="citation_title" content="The Qarabagh Crisis">
                <meta name="citation_author" content="Hamid Sarmadi"><meta name="citation_author" content="Yaser Qarashi Habashi">
                <meta property="og:site_name" content="Journal of Politics">
                <meta property="article:published_time" content="2019-05-02T10:00:00Z">
                <link rel="canonical" href="https://example.org/qarabagh"></head>
                <body><nav><a href="/">Home</a> <p>Menu text</p></nav>
                <div class="banner"><p>Donate now!</p></div>
                <article><h1>The Qarabagh Crisis</h1><h2>Introduction</h2><p>The crisis began in 1988.</p>
                <script>alert('x')</script><aside><p>Read also: something else</p></aside>
                <ul><li>First point.</li><li>Second point.</li></ul></article>
                <footer><p>Copyright</p></footer></body></html>""";
        ArticleDraft draft = reader.read("page.html", html.getBytes(UTF_8));
        assertThat(draft.title()).isEqualTo("The Qarabagh Crisis");
        assertThat(draft.authors()).isEqualTo("Hamid Sarmadi; Yaser Qarashi Habashi");
        assertThat(draft.outlet()).isEqualTo("Journal of Politics");
        assertThat(draft.publishedOn()).isEqualTo(LocalDate.of(2019, 5, 2));
        assertThat(draft.sourceUrl()).isEqualTo("https://example.org/qarabagh");
        assertThat(draft.blocks().getFirst().kind()).isEqualTo(BlockKind.HEADING);
        assertThat(paragraphs(draft)).containsExactly("The crisis began in 1988.", "First point.", "Second point.");
    }

    @Test
    void pdf_text_is_restored_like_the_seed_papers_with_document_information_as_metadata() throws Exception {
        byte[] pdf = TestPdfs.article("Relations between Iran and Azerbaijan", "A. Researcher", List.of(
                "Among the governments that were", "formed after the collapse of the So-", "viet Union, Azerbaijan has a special",
                "position in the region."));
        ArticleDraft draft = reader.read("paper.pdf", pdf);
        assertThat(draft.title()).isEqualTo("Relations between Iran and Azerbaijan");
        assertThat(draft.authors()).isEqualTo("A. Researcher");
        assertThat(draft.publishedOn()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(paragraphs(draft)).containsExactly(
                "Among the governments that were formed after the collapse of the Soviet Union, Azerbaijan has a special position in the region.");
    }

    @Test
    void markdown_with_broken_front_matter_is_refused_with_the_line() {
        assertThatThrownBy(() -> reader.read("notes.md", "---\ntitle: Fine\nthis line has no colon\n---\n\nText.".getBytes(UTF_8)))
                .isInstanceOf(ArticleRejectedException.class).hasMessageContaining("this line has no colon");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatThrownBy(() -> reader.read("empty.txt", new byte[0])).isInstanceOf(ArticleRejectedException.class)
                .hasMessage("empty.txt is empty.");
    }

    @Test
    void a_file_over_the_size_limit_is_refused_with_both_sizes() {
        assertThatThrownBy(() -> reader.read("big.txt", "a".repeat(70_000).getBytes(UTF_8)))
                .isInstanceOf(ArticleRejectedException.class).hasMessageContaining("big.txt is 0.1 MB; files up to 0.1 MB");
    }

    @Test
    void text_over_the_character_limit_is_refused() {
        assertThatThrownBy(() -> reader.read("long.txt", ("word ".repeat(1_200) + "\n").getBytes(UTF_8)))
                .isInstanceOf(ArticleRejectedException.class).hasMessageContaining("at most 5,000 per article");
    }

    @Test
    void a_binary_file_with_a_text_name_is_refused() {
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3};
        assertThatThrownBy(() -> reader.read("photo.txt", binary)).isInstanceOf(ArticleRejectedException.class)
                .hasMessageContaining("looks like a binary file");
    }

    @Test
    void utf16_text_with_a_byte_order_mark_is_read_little_or_big_endian() {
        String text = "Bakı and Tehran\n\nNeighbours — partners? «Yes».\n";
        for (java.nio.charset.Charset charset : List.of(java.nio.charset.StandardCharsets.UTF_16LE, java.nio.charset.StandardCharsets.UTF_16BE)) {
            byte[] bom = charset == java.nio.charset.StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
            for (String name : List.of("unicode.txt", "unicode.md")) {
                byte[] body = ((name.endsWith(".md") ? "# " : "") + text).getBytes(charset);
                byte[] file = new byte[bom.length + body.length];
                System.arraycopy(bom, 0, file, 0, bom.length);
                System.arraycopy(body, 0, file, bom.length, body.length);
                ArticleDraft draft = reader.read(name, file);
                assertThat(draft.title()).as(name + " " + charset).isEqualTo("Bakı and Tehran");
                assertThat(paragraphs(draft)).as(name + " " + charset).containsExactly("Neighbours — partners? «Yes».");
            }
        }
    }

    @Test
    void utf16_without_a_byte_order_mark_and_utf32_are_refused_naming_what_can_be_read() {
        byte[] noBom = "Plain words".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> reader.read("nobom.txt", noBom)).isInstanceOf(ArticleRejectedException.class)
                .hasMessageContaining("UTF-16 without a byte-order mark");
        byte[] utf32 = {(byte) 0xFF, (byte) 0xFE, 0, 0, 'a', 0, 0, 0};
        assertThatThrownBy(() -> reader.read("wide.txt", utf32)).isInstanceOf(ArticleRejectedException.class)
                .hasMessageContaining("Warrant reads UTF-8, or UTF-16 with a byte-order mark");
    }

    @Test
    void text_that_is_not_utf8_is_refused_with_what_to_do() {
        byte[] latin1 = "Café politics in Bakı".replace("ı", "i").getBytes(ISO_8859_1);
        assertThatThrownBy(() -> reader.read("latin1.txt", latin1)).isInstanceOf(ArticleRejectedException.class)
                .hasMessageContaining("not UTF-8").hasMessageContaining("save it as UTF-8");
    }

    @Test
    void an_unsupported_extension_is_refused() {
        assertThatThrownBy(() -> reader.read("paper.docx", "x".getBytes(UTF_8))).isInstanceOf(ArticleRejectedException.class)
                .hasMessageContaining("reads .txt, .md, .html and .pdf");
    }

    @Test
    void a_password_protected_pdf_is_refused() throws Exception {
        assertThatThrownBy(() -> reader.read("locked.pdf", TestPdfs.encrypted("reader-secret")))
                .isInstanceOf(ArticleRejectedException.class).hasMessageContaining("encrypted with a password");
    }

    @Test
    void a_pdf_without_a_text_layer_is_refused() throws Exception {
        assertThatThrownBy(() -> reader.read("scan.pdf", TestPdfs.withoutText()))
                .isInstanceOf(ArticleRejectedException.class).hasMessageContaining("no text layer");
    }

    @Test
    void a_damaged_pdf_is_refused() {
        assertThatThrownBy(() -> reader.read("broken.pdf", "%PDF-1.7 not really".getBytes(UTF_8)))
                .isInstanceOf(ArticleRejectedException.class).hasMessageContaining("not a readable PDF");
    }
}
