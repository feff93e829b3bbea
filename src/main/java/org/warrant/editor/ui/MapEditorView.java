package org.warrant.editor.ui;

import static org.warrant.ui.Text.t;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.access.AccessDeniedException;
import org.warrant.accounts.AccountService;
import org.warrant.comments.CommentService;
import org.warrant.grading.GradingService;
import org.warrant.editor.EditingRooms;
import org.warrant.export.OutlineService;
import org.warrant.maps.Citation;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapNotFoundException;
import org.warrant.maps.MapRuleException;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.OpenedMap;
import org.warrant.maps.StaleEditException;
import org.warrant.security.CurrentUser;
import org.warrant.sources.ArticleService;
import org.warrant.sources.ArticleSummary;
import org.warrant.ui.NotFound;
import org.warrant.ui.Text;

/**
 * The map editor: the map's articles on one side, the map's outline on the other. Text selected in an
 * article becomes a claim, evidence or a citation; every edit is saved at once.
 */
@Route("maps/:id([0-9]{1,18})")
@PermitAll
class MapEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MapService maps;
    private final MapEditService edits;
    private final ArticleService articles;
    private final OutlineService outlines;
    private final EditingRooms rooms;
    private final AccountService accounts;
    private final CommentService comments;
    private final GradingService grading;
    private final UndoHistory history = new UndoHistory();
    CommentsPane commentsPane;
    LiveEditing live;
    long mapId;
    OpenedMap content;
    ArticlePane articlePane;
    OutlinePane outline;
    MapGraph graph;
    OutlineCommands commands;
    NodeToolbar toolbar;
    OrphanedCitations orphans;
    final ChangeAnnouncer announcer = new ChangeAnnouncer();
    private String title = t("editor.default-title");

    MapEditorView(MapService maps, MapEditService edits, ArticleService articles, OutlineService outlines, EditingRooms rooms,
                  AccountService accounts, CommentService comments, GradingService grading) {
        this.maps = maps;
        this.grading = grading;
        this.comments = comments;
        this.rooms = rooms;
        this.accounts = accounts;
        this.outlines = outlines;
        this.edits = edits;
        this.articles = articles;
        addClassName("map-editor");
    }

    static RouteParameters parameters(long mapId) {
        return new RouteParameters("id", Long.toString(mapId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            mapId = event.getRouteParameters().getLong("id").orElseThrow(() -> new MapNotFoundException(-1));
            content = maps.open(mapId);
        } catch (MapNotFoundException e) {
            title = t("editor.not-found");
            add(new NotFound(t("editor.not-found"), t("editor.not-found-text"), new RouterLink(t("editor.go-to-maps"), MapsView.class)));
            return;
        }
        title = content.map().title();
        Map<Long, String> titles = articles.list(null).stream().collect(Collectors.toMap(ArticleSummary::id, ArticleSummary::title));
        List<ArticlePane.ArticleTab> mapArticles = content.map().articleIds().stream() // the tabs need titles, not texts
                .map(id -> new ArticlePane.ArticleTab(id, titles.get(id))).toList();
        articlePane = new ArticlePane(mapId, mapArticles, this::highlightClicked);
        outline = new OutlinePane(this::run, this::saveText, this::nodeSelected);
        commands = new OutlineCommands(mapId, edits, outline, history, this::reload);
        toolbar = new NodeToolbar(this);
        orphans = new OrphanedCitations(this);
        String me = CurrentUser.username().orElseThrow();
        live = new LiveEditing(rooms, outline, mapId, me, accounts.displayName(me).orElse(me), others());
        commentsPane = new CommentsPane(comments, mapId, maps.canComment(mapId), outline);
        MapHeader header = new MapHeader(content.map(), content.editable(), toolbar, live,
                () -> new ExportDialog(outlines, mapId, commentsPane.hasComments(), outline.selectedId().orElse(null)).open(), this::copy);
        header.importing.addClickListener(e -> new ImportIntoMapDialog(this, outlines, mapArticles).open());
        commentsPane.openWith(header.comments);
        grading.feedbackOnMap(mapId).ifPresent(header::showFeedback);
        graph = new MapGraph(mapId, nodeId -> outline.select(nodeId));
        graph.addClassName("map-graph");
        SplitLayout mapSide = new SplitLayout(outline, graph, SplitLayout.Orientation.VERTICAL);
        mapSide.setSplitterPosition(42);
        mapSide.addClassName("map-side");
        SplitLayout split = new SplitLayout(articlePane, mapSide);
        split.setSplitterPosition(45);
        split.addClassName("map-split");
        add(header, orphans, split, announcer);
        // On a phone or a small tablet, three full-height panes read better than slivers side by side.
        // After add: with the details known already, the answer comes at once.
        getUI().or(() -> Optional.ofNullable(UI.getCurrent())).ifPresent(ui ->
                ui.getPage().retrieveExtendedClientDetails(details -> {
                    int width = details.getWindowInnerWidth();
                    if (width > 0 && width < SmallScreenPanes.WIDTH) {
                        outline.narrow();
                        replace(split, new SmallScreenPanes(articlePane, outline, graph));
                    }
                }));
        show();
    }

    /** A reader's way to work on the map: their own copy. */
    private void copy() {
        long copyId = maps.duplicate(mapId);
        getUI().ifPresent(ui -> ui.navigate(MapEditorView.class, parameters(copyId)));
    }


    void reload() {
        content = maps.open(mapId);
        show();
    }

    /** What this editor does when someone else changes the map or its comments. */
    private EditingRooms.Listener others() {
        return new EditingRooms.Listener() {
            @Override
            public void changed(Optional<OpenedMap> latest) {
                showOthersChange(latest);
            }

            @Override
            public void commentsChanged() {
                commentsPane.reload();
            }
        };
    }

    /**
     * Someone else changed the map: show the new state without taking the user's place. Selection, scroll
     * positions and a row being edited stay as they are; the graph keeps its zoom and pan.
     */
    void showOthersChange(Optional<OpenedMap> latest) {
        if (latest.isEmpty()) {
            Notification.show(t("editor.gone")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        OpenedMap before = content;
        content = latest.get();
        announcer.announce(before, content);
        outline.update(content);
        orphans.show(content);
        graph.refresh();
        articlePane.show(content);
        Optional<MapNode> selected = outline.selected();
        if (!selected.equals(outline.selectedId().map(before::node)) || before.editable() != content.editable()) {
            toolbar.update(selected, content.editable()); // most changes are to other nodes: the tools stay as they are
        }
        live.refresh();
    }

    /** Saves an inline edit; when someone else saved a new text meanwhile, the user chooses which stays. */
    private void saveText(MapNode base, String text) {
        guarded(() -> {
            try {
                commands.editText(base, text);
            } catch (StaleEditException conflict) {
                reload();
                new ConflictDialog(text, conflict.current(), () -> saveText(conflict.current(), text)).open();
            }
        });
    }

    private void show() {
        orphans.show(content);
        outline.show(content);
        graph.refresh();
        articlePane.show(content);
        toolbar.update(outline.selected(), content.editable());
        commentsPane.reload();
    }

    void run(OutlinePane.OutlineCommand command) {
        if (!content.editable()) {
            Notification.show(t("editor.read-only"));
            return;
        }
        guarded(() -> {
            switch (command) {
                case ADD_SIBLING -> commands.addSibling();
                case INDENT -> commands.indent();
                case OUTDENT -> commands.outdent();
                case MOVE_UP -> commands.moveBy(-1);
                case MOVE_DOWN -> commands.moveBy(1);
                case EDIT -> outline.selected().ifPresent(n -> outline.startEditing(n.id(), n.text()));
                case DELETE -> outline.selected().ifPresent(n -> commands.confirmDelete(n, content, outline.hasChildren(n.id()), this::guarded));
                case UNDO -> commands.undo();
                case REDO -> commands.redo();
            }
        });
    }

    private void nodeSelected(Optional<MapNode> node) {
        toolbar.update(node, content.editable());
        commentsPane.select(node);
        graph.select(node.map(MapNode::id).orElse(null));
        node.ifPresent(n -> content.citationsOf(n.id()).stream().findFirst().ifPresent(articlePane::reveal));
    }

    private void highlightClicked(List<Citation> citations) {
        List<Long> nodeIds = citations.stream().map(Citation::nodeId).distinct().toList();
        if (!nodeIds.isEmpty()) {
            outline.select(nodeIds.getFirst());
        }
        if (nodeIds.size() > 1) {
            Notification.show(t("editor.passage-cited-by", nodeIds.size()));
        }
    }

    /** Runs an edit; a broken rule or a stale version is explained, and the current state shown. */
    void guarded(Runnable edit) {
        try {
            edit.run();
        } catch (MapRuleException e) {
            Notification.show(Text.problem(e)).addThemeVariants(NotificationVariant.LUMO_WARNING);
        } catch (StaleEditException e) {
            history.clear();
            reload();
            Notification n = Notification.show(t("editor.stale", e.current() == null ? t("editor.deleted") : e.current().text()));
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (AccessDeniedException | MapNotFoundException e) {
            Notification.show(t("editor.no-longer")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    ArticlePane articles() {
        return articlePane;
    }

    /** An article's text, read when needed (to quote a selection), not kept in the editor. */
    String articleBody(long articleId) {
        return articles.find(articleId).orElseThrow(() -> new MapRuleException(t("editor.article-gone"))).body();
    }

    MapEditService edits() {
        return edits;
    }

    OutlineCommands commands() {
        return commands;
    }

    @Override
    public String getPageTitle() {
        return t("common.title-suffix", title);
    }

    static Button tool(String label, Runnable action) {
        Button b = new Button(label, e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    boolean isKind(Optional<MapNode> node, NodeKind kind) {
        return node.map(n -> n.kind() == kind).orElse(false);
    }
}
