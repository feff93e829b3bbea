package org.warrant.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;
import org.warrant.shared.DeepStack;

/** The outline reader's parser must read every text exactly as Flexmark's plain CommonMark parser does. */
class BlockStartsByFirstCharTest {

    private static final Parser PLAIN = Parser.builder(new MutableDataSet()).build();
    private static final Parser BY_FIRST_CHAR = BlockStartsByFirstChar.parser();

    /** Line starts of every kind of block, and text that only looks like one, to be combined at random. */
    private static final List<String> PIECES = List.of("- ", "* ", "+ ", "1. ", "2) ", "10. ", "> ", ">", "# ", "## ",
            "####### ", "#", "===", "=", "---", "--", "***", "* * *", "___", "_ _", "```", "```java", "~~~", "``", "<div>",
            "</div>", "<!-- ", "-->", "<pre>", "<script>", "<p>", "<?x", "<![CDATA[", "<!DOCTYPE", "<a href=x>", "    ",
            "  ", " ", "\t", "text", "**Premise** (pro): ", "[ref]: http://example.org", "\\-", "&amp;", "|a|b|", "");

    @Test
    void reads_every_kind_of_block_as_flexmark_does() {
        Random random = new Random(42);
        for (int doc = 0; doc < 3_000; doc++) {
            StringBuilder text = new StringBuilder();
            int lines = 1 + random.nextInt(12);
            for (int line = 0; line < lines; line++) {
                int pieces = random.nextInt(4);
                for (int p = 0; p < pieces; p++) {
                    text.append(PIECES.get(random.nextInt(PIECES.size())));
                }
                text.append(random.nextBoolean() ? "word" : "").append('\n');
            }
            assertSameTree(text.toString());
        }
    }

    @Test
    void reads_hostile_text_and_the_golden_outlines_as_flexmark_does() throws IOException {
        List<String> texts = new ArrayList<>(HostileStrings.all());
        for (String name : List.of("iran-stands-in-the-way.md", "neutrality-harmed-iran.md")) {
            texts.add(Files.readString(Path.of("src/test/resources/golden", name)));
        }
        texts.add(Files.readString(Path.of("docs/markdown-outline.md")));
        texts.forEach(BlockStartsByFirstCharTest::assertSameTree);
    }

    /**
     * On the large stack the outline reader parses on (DeepStack), as in the product: Flexmark's regular expressions
     * recurse once per character of some lines, and on the test's own stack a hostile line overflowed it now and
     * then, depending on how much of the matcher was still interpreted rather than compiled.
     */
    private static void assertSameTree(String markdown) {
        String byFirstChar = DeepStack.call(() -> tree(BY_FIRST_CHAR.parse(markdown)));
        assertThat(byFirstChar).as(markdown).isEqualTo(DeepStack.call(() -> tree(PLAIN.parse(markdown))));
    }

    /** Every node's kind and span, and the text of text nodes, indented by depth. */
    private static String tree(Node document) {
        StringBuilder out = new StringBuilder();
        append(document, 0, out);
        return out.toString();
    }

    private static void append(Node node, int depth, StringBuilder out) {
        out.repeat(' ', 2 * depth).append(node.getClass().getSimpleName())
                .append(' ').append(node.getStartOffset()).append('-').append(node.getEndOffset());
        if (node instanceof Text) {
            out.append(' ').append(node.getChars());
        }
        out.append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, depth + 1, out);
        }
    }
}
