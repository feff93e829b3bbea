package org.warrant.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.parser.internal.DocumentParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Flexmark's own block parsers, in Flexmark's order, each tried only on lines whose first character can
 * start its block. Flexmark runs every block parser's regular expression on every line; on a long outline
 * that was a fifth of the parse (docs/benchmarks.md). A parser built with {@link #parser()} gives the same
 * document tree as a plain Flexmark parser for any text (BlockStartsByFirstCharTest).
 */
final class BlockStartsByFirstChar implements CustomBlockParserFactory {

    private static final List<DataKey<Boolean>> CORE = List.of(Parser.BLOCK_QUOTE_PARSER, Parser.HEADING_PARSER,
            Parser.FENCED_CODE_BLOCK_PARSER, Parser.HTML_BLOCK_PARSER, Parser.THEMATIC_BREAK_PARSER,
            Parser.LIST_BLOCK_PARSER, Parser.INDENTED_CODE_BLOCK_PARSER);

    /** The characters a block can start with, after its indent; a parser not named here is tried on every line. */
    private static final Map<Class<?>, String> FIRST_CHARS = Map.of(
            BlockQuoteParser.Factory.class, ">",
            HeadingParser.Factory.class, "#=-", // ATX, and setext underlines
            FencedCodeBlockParser.Factory.class, "`~",
            HtmlBlockParser.Factory.class, "<",
            ThematicBreakParser.Factory.class, "*-_");

    /** A CommonMark parser with Flexmark's default options whose block parsers are tried as above. */
    static Parser parser() {
        MutableDataSet options = new MutableDataSet();
        CORE.forEach(key -> options.set(key, false));
        return Parser.builder(options).customBlockParserFactory(new BlockStartsByFirstChar()).build();
    }

    private record Tried(BlockParserFactory factory, String firstChars) {
    }

    /** Flexmark's core parsers in the order it resolves for them, from its defaults (all on); once per parser. */
    private final List<CustomBlockParserFactory> core = DocumentParser.calculateBlockParserFactories(new MutableDataSet(), List.of());

    /** Called for every document parsed: the core parsers' factories for its options, with their first characters. */
    @Override
    public BlockParserFactory apply(DataHolder options) {
        List<Tried> tried = new ArrayList<>();
        for (CustomBlockParserFactory factory : core) {
            String first = factory instanceof ListBlockParser.Factory ? Parser.LISTS_ITEM_PREFIX_CHARS.get(options) + "0123456789"
                    : FIRST_CHARS.get(factory.getClass());
            tried.add(new Tried(factory.apply(options), first));
        }
        return (state, matched) -> tryStart(tried, state, matched);
    }

    private static BlockStart tryStart(List<Tried> tried, ParserState state, MatchedBlockParser matched) {
        BasedSequence line = state.getLine();
        int at = state.getNextNonSpaceIndex();
        char first = at < line.length() ? line.charAt(at) : '\n';
        for (Tried t : tried) {
            if (t.firstChars() == null || t.firstChars().indexOf(first) >= 0) {
                BlockStart start = t.factory().tryStart(state, matched);
                if (start != null) {
                    return start;
                }
            }
        }
        return BlockStart.none();
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    public boolean affectsGlobalScope() {
        return false;
    }
}
