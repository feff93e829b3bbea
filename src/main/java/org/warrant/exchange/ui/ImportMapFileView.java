package org.warrant.exchange.ui;

import static org.warrant.ui.Text.t;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warrant.exchange.AifService;
import org.warrant.exchange.ArgdownService;
import org.warrant.exchange.ImportedIntoMap;
import org.warrant.exchange.MapFileRejectedException;
import org.warrant.exchange.model.ReadMap;
import org.warrant.maps.MapService;
import org.warrant.sources.ArticleService;
import org.warrant.sources.ArticleSummary;
import org.warrant.sources.UploadedText;
import org.warrant.ui.ProblemBox;
import org.warrant.ui.Counted;
import org.warrant.ui.RoleTree;

/**
 * Imports a map from another tool: Argdown (docs/argdown.md) or AIF JSON from AIFdb or OVA (docs/aif.md). The text
 * is checked first and shown as Warrant will make it, with what it leaves out; then it becomes a new map, or with
 * {@code ?into=id} updates and extends that map (Argdown).
 */
@Route("maps/import-file")
@PermitAll
class ImportMapFileView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(ImportMapFileView.class);

    final Upload upload = new Upload(this::receive);
    final TextArea text = new TextArea(t("import-file.text"));
    final TextField title = new TextField(t("import-file.title-field"));
    final ComboBox<ArticleSummary> article = new ComboBox<>(t("import-file.article"));
    final Button check = new Button(t("import-file.check"));
    final Button create = new Button(t("import-file.create"));
    final Div problems = new Div();
    final Div preview = new Div();
    private final ArgdownService argdown;
    private final AifService aif;
    private final MapService maps;
    private @Nullable Long into;

    ImportMapFileView(ArgdownService argdown, AifService aif, MapService maps, ArticleService articles) {
        this.argdown = argdown;
        this.aif = aif;
        this.maps = maps;
        addClassNames("page", "import-file-view");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".argdown", ".ad", ".txt", ".json");
        upload.setDropLabel(new Span(t("import-file.drop")));
        upload.addFileRejectedListener(e -> showProblems(List.of(e.getErrorMessage() + ". " + t("import-file.accepts"))));
        text.setPlaceholder("""
                [Neutrality]: Iran's neutrality in the Qarabagh war harmed its interests.
                  + [Influence]: Iran lost influence in the South Caucasus.
                  - [Trade]: Iran's trade with Azerbaijan grew during the war.""");
        text.setMaxLength(AifService.MAX_CHARS);
        text.setWidthFull();
        text.addClassName("file-text");
        title.setWidthFull();
        title.setMaxLength(200);
        article.setItems(articles.list(null));
        article.setItemLabelGenerator(ArticleSummary::title);
        article.setWidthFull();
        article.setVisible(false);
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(e -> check());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> importFile());
        create.setVisible(false);
        problems.setVisible(false);
        preview.addClassName("file-reading");
        Paragraph intro = new Paragraph(t("import-file.intro"));
        Div actions = new Div(check, create);
        actions.addClassName("form-actions");
        add(new H1(t("import-file.heading")), intro, problems, upload, text, title, article, actions, preview);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        into = event.getLocation().getQueryParameters().getSingleParameter("into").filter(s -> s.matches("\\d{1,18}"))
                .map(Long::valueOf).orElse(null);
        if (into != null) {
            create.setText(t("import-file.add-to", maps.open(into).map().title()));
            title.setVisible(false);
        }
    }

    private boolean isAif() {
        return text.getValue().stripLeading().startsWith("{"); // AIF is a JSON object; Argdown often starts with "[Title]:"
    }

    private ReadMap read() {
        return isAif() ? aif.read(text.getValue()) : argdown.read(text.getValue());
    }

    private void check() {
        ReadMap read = read();
        preview.removeAll();
        create.setVisible(read.problems().isEmpty());
        if (!read.problems().isEmpty()) {
            showProblems(read.problems().stream().map(ImportMapFileView::say).toList());
            return;
        }
        problems.setVisible(false);
        preview.add(new RoleTree(t("import-file.read", isAif() ? "AIF" : "Argdown"),
                t("import-file.read-count", Counted.of(read.nodes().size(), "count.nodes")), ReadMapRows.of(read)));
        if (!read.dropped().isEmpty()) {
            com.vaadin.flow.component.html.UnorderedList notes = new com.vaadin.flow.component.html.UnorderedList();
            read.dropped().stream().limit(50).forEach(d -> notes.add(new com.vaadin.flow.component.html.ListItem(d)));
            Div left = new Div(new Paragraph(t("import-file.left-out")), notes);
            left.addClassName("dropped-notes");
            preview.add(left);
        }
        create.focus();
    }

    private void importFile() {
        try {
            if (into != null && !isAif()) {
                ImportedIntoMap done = argdown.importInto(into, text.getValue());
                Notification.show(t("import-file.done", done.added(), done.updated()), 4000, Notification.Position.BOTTOM_START);
                getUI().ifPresent(ui -> ui.navigate("maps/" + into));
                return;
            }
            Long articleId = article.getValue() == null ? null : article.getValue().id();
            String fallback = title.isEmpty() ? t("import-file.fallback-title") : title.getValue();
            long id = isAif() ? aif.importAsMap(text.getValue(), fallback, articleId) : argdown.importAsMap(text.getValue(), fallback, articleId);
            getUI().ifPresent(ui -> ui.navigate("maps/" + id));
        } catch (MapFileRejectedException e) {
            if (e.needsArticle()) {
                article.setVisible(true);
                article.setInvalid(true);
                article.setErrorMessage(t("import-file.choose-article"));
                article.focus();
            }
            if (!e.problems().isEmpty()) {
                showProblems(e.problems().stream().map(ImportMapFileView::say).toList());
            }
        } catch (org.springframework.security.access.AccessDeniedException e) {
            showProblems(List.of(t("import-file.read-only")));
        } catch (RuntimeException e) {
            log.error("Importing a map file failed", e);
            showProblems(List.of(t("import-file.failed")));
        }
    }

    private static String say(ReadMap.Problem p) {
        return ProblemBox.atLine(p.line(), p.message());
    }

    /** Reads at most one byte past the limit, so an oversized upload is refused without being held in memory. */
    private void receive(UploadEvent event) throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        }
        String fileName = event.getFileName();
        event.getUI().access(() -> {
            if (bytes.length > MAX_FILE_BYTES) {
                showProblems(List.of(t("import-file.too-large", fileName)));
                return;
            }
            try {
                text.setValue(UploadedText.decode(bytes));
                if (title.isEmpty()) {
                    title.setValue(fileName.replaceFirst("\\.(argdown|ad|txt|json)$", "").replaceFirst("\\.aif$", "").replace('-', ' ').strip());
                }
                check();
            } catch (CharacterCodingException e) {
                showProblems(List.of(t("import-file.encoding", fileName)));
            }
        });
    }

    private void showProblems(List<String> found) {
        problems.removeAll();
        problems.add(new ProblemBox(t("import-file.problems"), found));
        problems.setVisible(true);
        create.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return t("import-file.title");
    }
}
