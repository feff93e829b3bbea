package org.warrant.export.ui;

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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Import outline · Warrant")
@PermitAll
class ImportOutlineView extends Div {

    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(ImportOutlineView.class);

    final Upload upload = new Upload(this::receive);
    final TextArea text = new TextArea("Outline");
    final TextField title = new TextField("Title, if the outline has no “# Title” line");
    final ComboBox<ArticleSummary> article = new ComboBox<>("Which article does this outline map?");
    final Button importButton = new Button("Import as a new map");
    final Button create = new Button("Create the map");
    final Button change = new Button("Change the text");
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
        upload.setDropLabel(new Span("Drop a Markdown outline (.md, up to 5 MB) here"));
        upload.addFileRejectedListener(e -> showProblems(List.of(new OutlineProblem(0,
                e.getErrorMessage() + ". Warrant imports .md, .markdown and .txt outlines up to 5 MB."))));

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
        article.setHelperText("A hand-written list doesn't say which article its quotes come from.");
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

        Paragraph intro = new Paragraph("Bring a map back in from Markdown: an outline exported from Warrant (it keeps every "
                + "node, quote and id), or a nested bullet list you wrote. In a list, top-level items are claims; under an item, "
                + "“+ ” or “Pro:” marks a reason, “- ” or “Con:” an objection (in a list bulleted with “+” and “-”, the bullet "
                + "itself), and a “> ” quote is evidence from the article.");
        form = new Div(upload, text, title, importButton);
        form.addClassName("import-start");
        add(new H1("Import an outline"), intro, problems, form, preview);
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
                showProblems(List.of(new OutlineProblem(0, fileName + " is larger than 5 MB; an outline is rarely over 3 MB.")));
                return;
            }
            try {
                text.setValue(UploadedText.decode(bytes));
                if (title.isEmpty()) {
                    title.setValue(fileName.replaceFirst("\\.(md|markdown|txt)$", "").replace('-', ' ').strip());
                }
                problems.setVisible(false);
            } catch (CharacterCodingException e) {
                showProblems(List.of(new OutlineProblem(0, fileName + " is not UTF-8 text, nor UTF-16 with a byte-order mark; Warrant reads "
                        + UploadedText.READABLE + ". Save it as UTF-8 (plain text) and try again.")));
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
            showProblems(List.of(new OutlineProblem(0, "Warrant could not read this outline. Nothing was created; try again.")));
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
        preview.add(new RoleTree("How Warrant read your list", reading.summary() + " If a role is wrong, change the text and check again.",
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
        String fallbackTitle = title.isEmpty() ? "Imported outline" : title.getValue();
        Long articleId = preview.isVisible() && article.getValue() != null ? article.getValue().id() : null;
        try {
            long mapId = outlines.importOutline(text.getValue(), fallbackTitle, articleId);
            getUI().ifPresent(ui -> ui.navigate("maps/" + mapId));
        } catch (OutlineRejectedException e) {
            if (e.needsArticle()) {
                article.setInvalid(true);
                article.setErrorMessage("Choose the article its quotes come from, then create the map.");
                article.focus();
            }
            showProblems(e.problems());
        } catch (RuntimeException e) {
            log.error("Importing an outline failed", e);
            showProblems(List.of(new OutlineProblem(0, "Warrant could not import this outline. Nothing was created; try again.")));
        }
    }

    private void showProblems(List<OutlineProblem> found) {
        problems.removeAll();
        problems.add(new ProblemBox("This outline can't be imported yet%s; nothing was created:",
                found.stream().map(OutlineProblem::toString).toList()));
        problems.setVisible(true);
    }
}
