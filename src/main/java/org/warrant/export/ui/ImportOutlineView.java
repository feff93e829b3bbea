package org.warrant.export.ui;

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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warrant.export.OutlineProblem;
import org.warrant.export.OutlineReading;
import org.warrant.export.OutlineRejectedException;
import org.warrant.export.OutlineService;
import org.warrant.sources.ArticleService;
import org.warrant.sources.ArticleSummary;
import org.warrant.sources.UploadedText;
import org.warrant.ui.ProblemBox;
import org.warrant.ui.RoleTree;

/**
 * A Markdown outline becomes a new map: upload a .md file or paste the text. An outline exported from Warrant
 * names its articles and roles and is imported at once. A hand-written list is first shown as Warrant read it,
 * each item with its role, with the article its quotes most likely come from chosen; the user confirms. Problems
 * are listed with their line numbers, and nothing is created until there are none.
 */
@Route("maps/import")
@PermitAll
class ImportOutlineView extends Div implements HasDynamicTitle {

    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(ImportOutlineView.class);

    final Upload upload = new Upload(this::receive);
    final TextArea text = new TextArea(t("import-outline.text"));
    final TextField title = new TextField(t("import-outline.title-field"));
    final ComboBox<ArticleSummary> article = new ComboBox<>(t("import-outline.article"));
    final Button importButton = new Button(t("import-outline.import"));
    final Button create = new Button(t("import-outline.create"));
    final Button change = new Button(t("import-outline.change"));
    final Div problems = new Div();
    final Div preview = new Div();
    private final Div form;
    private final OutlineService outlines;

    ImportOutlineView(OutlineService outlines, ArticleService articles) {
        this.outlines = outlines;
        addClassNames("page", "import-outline-view");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".md", ".markdown", ".txt");
        upload.setDropLabel(new Span(t("import-outline.drop")));
        upload.addFileRejectedListener(e -> showProblems(List.of(new OutlineProblem(0,
                e.getErrorMessage() + ". " + t("import-outline.accepts")))));

        text.setPlaceholder("""
                # Iran's neutrality harmed its interests

                - Neutrality cost Iran the trust of Azerbaijan's public.
                  - Con: Iran mediated from the start.
                    > the Islamic Republic of Iran has initiated mediation measures from the beginning""");
        text.setMaxLength(OutlineService.MAX_CHARS);
        text.addClassName("outline-text");
        title.setMaxLength(200);
        title.setWidthFull();
        article.setItems(articles.list(null));
        article.setItemLabelGenerator(ArticleSummary::title);
        article.setWidthFull();
        article.setHelperText(t("import-outline.article-help"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> check());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> importOutline());
        change.addClickListener(e -> backToText());
        preview.addClassName("outline-reading");
        preview.getStyle().set("margin-top", "var(--lumo-space-m)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("background", "var(--lumo-base-color)").set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        preview.setVisible(false);
        problems.setVisible(false);

        Paragraph intro = new Paragraph(t("import-outline.intro"));
        form = new Div(upload, text, title, importButton);
        form.addClassName("import-start");
        add(new H1(t("import-outline.heading")), intro, problems, form, preview);
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
                showProblems(List.of(new OutlineProblem(0, t("import-outline.too-large", fileName))));
                return;
            }
            try {
                text.setValue(UploadedText.decode(bytes));
                if (title.isEmpty()) {
                    title.setValue(fileName.replaceFirst("\\.(md|markdown|txt)$", "").replace('-', ' ').strip());
                }
                problems.setVisible(false);
            } catch (CharacterCodingException e) {
                showProblems(List.of(new OutlineProblem(0, t("import-outline.encoding", fileName, UploadedText.READABLE))));
            }
        });
    }

    /** An exported outline is imported at once; a hand-written list is shown as read, to be confirmed. */
    private void check() {
        OutlineReading reading;
        try {
            reading = outlines.read(text.getValue());
        } catch (RuntimeException e) {
            log.error("Reading an outline failed", e);
            showProblems(List.of(new OutlineProblem(0, t("import-outline.read-failed"))));
            return;
        }
        if (!reading.problems().isEmpty()) {
            showProblems(reading.problems());
        } else if (!reading.handWritten()) {
            importOutline();
        } else {
            showPreview(reading);
        }
    }

    private void showPreview(OutlineReading reading) {
        problems.setVisible(false);
        preview.removeAll();
        article.setValue(reading.likelyArticleId() == null ? null
                : article.getListDataView().getItems().filter(a -> a.id() == reading.likelyArticleId()).findFirst().orElse(null));
        article.setInvalid(false);
        Div actions = new Div(create, change);
        actions.addClassName("form-actions");
        preview.add(new RoleTree(t("import-outline.read"), reading.summary() + " " + t("import-outline.wrong-role"),
                reading.rows()), article, actions);
        form.setVisible(false);
        preview.setVisible(true);
        create.focus();
    }

    private void backToText() {
        preview.setVisible(false);
        form.setVisible(true);
        text.focus();
    }

    private void importOutline() {
        String fallbackTitle = title.isEmpty() ? t("import-outline.fallback-title") : title.getValue();
        Long articleId = preview.isVisible() && article.getValue() != null ? article.getValue().id() : null;
        try {
            long mapId = outlines.importOutline(text.getValue(), fallbackTitle, articleId);
            getUI().ifPresent(ui -> ui.navigate("maps/" + mapId));
        } catch (OutlineRejectedException e) {
            if (e.needsArticle()) {
                article.setInvalid(true);
                article.setErrorMessage(t("import-outline.choose-article"));
                article.focus();
            }
            showProblems(e.problems());
        } catch (RuntimeException e) {
            log.error("Importing an outline failed", e);
            showProblems(List.of(new OutlineProblem(0, t("import-outline.failed"))));
        }
    }

    private void showProblems(List<OutlineProblem> found) {
        problems.removeAll();
        problems.add(new ProblemBox(t("import-outline.problems"),
                found.stream().map(p -> ProblemBox.atLine(p.line(), p.message())).toList()));
        problems.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return t("import-outline.title");
    }
}
