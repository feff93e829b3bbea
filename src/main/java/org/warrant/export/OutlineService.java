package org.warrant.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warrant.accounts.AccountService;
import org.warrant.comments.CommentService;
import org.warrant.comments.MapComment;
import org.warrant.drafts.MapDraft;
import org.warrant.drafts.MapDraftService;
import org.warrant.drafts.MapWrittenInParts;
import org.warrant.maps.MapImports;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapRuleException;
import org.warrant.maps.MapRules;
import org.warrant.maps.MapService;
import org.warrant.maps.OpenedMap;
import org.warrant.shared.DeepStack;
import org.warrant.shared.MarkdownNesting;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleService;

/**
 * Maps as Markdown outlines (docs/markdown-outline.md): export, a safe HTML preview, and import as a new map.
 * Export reads through {@link MapService#open}, so whoever may not read a map gets "not found"; import
 * creates a map owned by the importer, in one transaction, or nothing.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class OutlineService {

    /** Outlines are text: 5 million characters is several times a full 10,000-node map. */
    public static final int MAX_CHARS = 5_000_000;
    private static final Logger log = LoggerFactory.getLogger(OutlineService.class);
    private static final String TOO_INTRICATE = "The outline runs on too long without closing something it opened "
            + "(a link title in quotes or brackets, an HTML comment or tag, an address in < >). Close it or shorten it.";

    private final MapService maps;
    private final MapDraftService drafts;
    private final ArticleService articles;
    private final AccountService accounts;
    private final CommentService comments;
    private final MapImports imports;
    private final Clock clock;

    OutlineService(MapService maps, MapDraftService drafts, ArticleService articles, AccountService accounts,
                   CommentService comments, MapImports imports, Clock clock) {
        this.imports = imports;
        this.comments = comments;
        this.maps = maps;
        this.drafts = drafts;
        this.articles = articles;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public OutlineFile export(long mapId) {
        return export(mapId, false);
    }

    /**
     * The outline, with the map's comments as a last section when {@code withComments} is set and the user
     * sees comments on this map (its authors and instructors; see {@link CommentService}).
     */
    @Transactional(readOnly = true)
    public OutlineFile export(long mapId, boolean withComments) {
        OpenedMap content = maps.open(mapId);
        List<Article> mapArticles = content.map().articleIds().stream().map(articles::find)
                .flatMap(Optional::stream).toList();
        Set<String> authors = new LinkedHashSet<>();
        authors.add(content.map().owner());
        content.tree().inTreeOrder().stream().map(MapNode::author).forEach(authors::add);
        Map<String, String> displayed = accounts.displayNames(authors);
        List<String> names = authors.stream().map(displayed::get).toList();
        List<MapComment> notes = withComments ? comments.onMap(mapId) : List.of();
        String markdown = OutlineWriter.write(content, mapArticles, names, LocalDate.now(clock), notes, clock.getZone());
        return new OutlineFile(fileName(content.map().title()), FileNames.unicodeStem(content.map().title(), "map") + ".md", markdown);
    }

    /** The outline as HTML for showing in the page: raw HTML escaped, only http, https and mailto links. */
    public String preview(String markdown) {
        return SafeMarkdown.html(markdown);
    }

    /**
     * Creates a map from an outline. {@code fallbackTitle} names it when the outline has no title heading;
     * {@code articleId} is the article a hand-written outline maps. Throws {@link OutlineRejectedException}
     * with every problem found, and creates nothing, when the outline can't be imported.
     */
    @Transactional
    public long importOutline(String markdown, String fallbackTitle, Long articleId) {
        Optional<OutlineProblem> refused = refusal(markdown);
        if (refused.isPresent()) {
            throw rejected(List.of(refused.get()), false);
        }
        try {
            return importPieces(markdown, fallbackTitle, articleId);
        } catch (DeepStack.TooIntricate e) { // what was written is rolled back with the transaction
            throw rejected(List.of(new OutlineProblem(0, TOO_INTRICATE)), false);
        }
    }

    /**
     * Adds an outline or a hand-written list to a map the user may edit, in one transaction: its top items under
     * the node {@code parentId} (claims become reasons there) or, when it is null, as new claims. A list's quotes
     * are found in {@code articleId}, which must be one of the map's articles (the map's only article when null).
     * Returns the ids of the added top nodes; throws {@link OutlineRejectedException} with every problem, adding
     * nothing, when the outline can't be added.
     */
    @Transactional
    public List<Long> importInto(long mapId, Long parentId, String markdown, Long articleId) {
        Optional<OutlineProblem> refused = refusal(markdown);
        if (refused.isPresent()) {
            throw rejected(List.of(refused.get()), false);
        }
        try {
            List<Long> added = new OutlineIntoMap(articles, maps, drafts).add(markdown, mapId, parentId, articleId);
            log.info("Added an outline of {} top nodes to map {}", added.size(), mapId);
            return added;
        } catch (DeepStack.TooIntricate e) {
            throw rejected(List.of(new OutlineProblem(0, TOO_INTRICATE)), false);
        } catch (OutlineRejectedException e) {
            throw rejected(e.problems(), e.needsArticle());
        }
    }

    /** Takes back what {@link #importInto} added (its undo): the nodes with everything under them, in one transaction. */
    @Transactional
    public int removeImported(long mapId, List<Long> topNodeIds) {
        return imports.deleteAll(mapId, topNodeIds);
    }

    /**
     * How the outline reads, making nothing: for a hand-written list, each item's role as Warrant understood it,
     * and the article its quotes most likely come from, for the user to check before the list becomes a map.
     */
    @Transactional(readOnly = true)
    public OutlineReading read(String markdown) {
        return read(markdown, false);
    }

    /**
     * How the outline reads as replies to a node ({@code underNode}): a hand-written list's top items are then
     * reasons and objections, marked as under any item (see {@link #importInto}).
     */
    @Transactional(readOnly = true)
    public OutlineReading read(String markdown, boolean underNode) {
        if (underNode && markdown != null && !markdown.isBlank() && UnderNode.applies(markdown)) {
            return UnderNode.unwrap(readWhole(UnderNode.wrap(markdown)));
        }
        return readWhole(markdown);
    }

    private OutlineReading readWhole(String markdown) {
        Optional<OutlineProblem> refused = refusal(markdown);
        if (refused.isPresent()) {
            return OutlineReading.refused(List.of(refused.get()));
        }
        try {
            String user = SecurityContextHolder.getContext().getAuthentication().getName();
            return new OutlineReadings(articles, maps).of(OutlineReader.read(markdown).get(0), user);
        } catch (DeepStack.TooIntricate e) {
            return OutlineReading.refused(List.of(new OutlineProblem(0, TOO_INTRICATE)));
        }
    }

    /** Why an outline can't even be read: empty, too long, or nested deeper than the parser may go. */
    private static Optional<OutlineProblem> refusal(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return Optional.of(new OutlineProblem(0, "The outline is empty."));
        }
        if (markdown.length() > MAX_CHARS) {
            return Optional.of(new OutlineProblem(0, "The outline has %,d characters; at most %,d can be imported."
                    .formatted(markdown.length(), MAX_CHARS)));
        }
        Optional<String> tooDeep = MarkdownNesting.refusal(markdown, "The outline"); // before the parser, whose walks recurse
        return tooDeep.map(message -> new OutlineProblem(MarkdownNesting.deepest(markdown).line(), message));
    }

    /**
     * A long outline is written while its later pieces are still being read (OutlinePieces); a problem
     * anywhere stops the writing, and the exception rolls the transaction back.
     */
    private long importPieces(String markdown, String fallbackTitle, Long articleId) {
        OutlinePieces pieces = OutlineReader.read(markdown);
        UnresolvedOutline head = pieces.get(0).outline();
        List<OutlineProblem> readProblems = new ArrayList<>();
        OutlineImporter importer = new OutlineImporter(articles);
        MapDraft map = importer.map(head, fallbackTitle, articleId);
        MapWrittenInParts parts = pieces.get(0).problems().isEmpty() && !importer.needsArticle() ? drafts.begin(map) : null;
        List<Integer> nodeLines = new ArrayList<>();
        int seen = 0;
        for (int i = 0; i < pieces.count(); i++) {
            OutlineReader piece = pieces.get(i);
            readProblems.addAll(piece.problems());
            List<UnresolvedOutline.Item> items = piece.outline().nodes();
            if (seen <= MapRules.MAX_NODES + 1 && seen + items.size() > MapRules.MAX_NODES + 1 && readProblems.isEmpty()) {
                readProblems.add(OutlineReader.tooManyNodes(items.get(MapRules.MAX_NODES + 1 - seen).line()));
            }
            seen += items.size();
            if (importer.needsArticle()) { // say now what else is wrong, so choosing the article is the last step
                items.forEach(item -> textProblem(item).ifPresent(readProblems::add));
            }
            if (parts != null && readProblems.isEmpty()) {
                List<MapDraft.Node> nodes = importer.nodes(items);
                if (!importer.problems().isEmpty()) {
                    parts.refuse(); // a quote not found: the rest is still checked, to list every problem at once
                }
                parts.add(nodes);
                items.forEach(item -> nodeLines.add(item.line()));
            }
        }
        if (importer.needsArticle()) { // first the article: without it every quote would be a problem too
            List<OutlineProblem> all = new ArrayList<>(importer.problems());
            all.addAll(readProblems);
            throw rejected(all, true);
        }
        if (!readProblems.isEmpty()) {
            throw rejected(readProblems, false);
        }
        List<OutlineProblem> problems = new ArrayList<>(importer.problems()); // with the rule problems: one attempt shows all
        problems.addAll(lines(parts.problems(), nodeLines));
        if (!problems.isEmpty()) {
            throw rejected(problems, false);
        }
        long mapId = parts.finish();
        log.info("Imported an outline of {} nodes as map {}", nodeLines.size(), mapId);
        return mapId;
    }

    /** The problem of an item's text under the rules of maps (empty, too long), found without its article. */
    private static Optional<OutlineProblem> textProblem(UnresolvedOutline.Item item) {
        try {
            MapRules.text(item.text());
            return Optional.empty();
        } catch (MapRuleException e) {
            return Optional.of(new OutlineProblem(item.line(), e.getMessage()));
        }
    }

    private static List<OutlineProblem> lines(List<MapDraft.Problem> problems, List<Integer> nodeLines) {
        return problems.stream().map(p -> new OutlineProblem(p.node() < 0 ? 0 : nodeLines.get(p.node()), p.message())).toList();
    }

    private static OutlineRejectedException rejected(List<OutlineProblem> problems, boolean needsArticle) {
        List<OutlineProblem> sorted = problems.stream().sorted(Comparator.comparingInt(OutlineProblem::line)).toList();
        log.info("Outline refused: {}", sorted.getFirst());
        return new OutlineRejectedException(sorted, needsArticle);
    }

    /** "Iran's neutrality: a case" becomes "irans-neutrality-a-case.md". */
    static String fileName(String title) {
        return FileNames.stem(title, "map") + ".md";
    }
}
