package org.warrant.sources.ui;

import static org.warrant.ui.Text.t;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.warrant.sources.ArticleDraft;
import org.warrant.sources.ArticleRejectedException;
import org.warrant.sources.ArticleService;
import org.warrant.sources.ImportResult;
import org.warrant.sources.UploadedText;
import org.warrant.sources.importing.ArticleFileReader;
import org.warrant.sources.importing.PlainTextReader;
import org.warrant.ui.Text;

/**
 * Instructors and admins add articles: upload a file or paste text, check the metadata Warrant found, import.
 * Files are read off the UI thread with a progress indicator; a refused file says why and stores nothing.
 */
@Route("articles/import")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class ImportView extends Div implements HasDynamicTitle {

    final Upload upload;
    final TextArea pasted = new TextArea(t("import-article.paste"));
    final Button usePasted = new Button(t("import-article.use-pasted"));
    final Div error = new Div();
    final Div progress = new Div();
    final ArticleMetadataForm form = new ArticleMetadataForm();
    final HeaderNote headerNote = new HeaderNote();
    final Button importButton = new Button(t("import-article.import"));
    final Button startOver = new Button(t("import-article.start-over"));
    final Div review = new Div();
    /** The file being read, if any; tests wait on it instead of sleeping. */
    CompletableFuture<Void> reading = CompletableFuture.completedFuture(null);

    private final ArticleService articles;
    private final ArticleFileReader reader;
    private final Executor executor;
    private final Div start = new Div();
    private ArticleDraft draft;

    ImportView(ArticleService articles, ArticleFileReader reader, @Qualifier("importExecutor") Executor executor,
               @Value("${warrant.import.max-text-chars:2000000}") int maxTextChars) {
        this.articles = articles;
        this.reader = reader;
        this.executor = executor;
        addClassNames("page", "import-view");

        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> readFile(meta.fileName(), bytes)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, reader.maxFileBytes()));
        upload.setAcceptedFileTypes(".txt", ".md", ".markdown", ".html", ".htm", ".pdf");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(
                t("import-article.drop", reader.maxFileBytes() / (1024 * 1024))));
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage() + ". " + t("import-article.accepts", reader.maxFileBytes() / (1024 * 1024))));

        pasted.setMaxLength(maxTextChars);
        pasted.setPlaceholder(t("import-article.paste-placeholder"));
        pasted.addClassName("paste-area");
        usePasted.addClickListener(e -> usePastedText());
        usePasted.getStyle().set("align-self", "flex-start");

        error.addClassName("error-box");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        progress.addClassName("progress-box");
        progress.setVisible(false);

        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> importDraft());
        startOver.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        startOver.addClickListener(e -> reset());
        Div actions = new Div(importButton, startOver);
        actions.addClassName("form-actions");
        review.add(new H2(t("import-article.check")), headerNote, form, actions);
        review.addClassName("import-review");
        review.setVisible(false);

        start.add(new Paragraph(t("import-article.intro")), upload, pasted, usePasted);
        start.addClassName("import-start");
        add(new H1(t("import-article.heading")), error, progress, start, review);
    }

    private void readFile(String fileName, byte[] bytes) {
        UI ui = UI.getCurrent();
        hideError();
        progress.removeAll();
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        progress.add(new Paragraph(t("import-article.reading", fileName)), bar);
        progress.setVisible(true);
        reading = CompletableFuture.runAsync(() -> {
            try {
                ArticleDraft read = reader.read(fileName, bytes);
                String text = fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".txt") ? UploadedText.decode(bytes) : null;
                String name = fileName.replaceFirst("\\.[^.]*$", "");
                ui.access(() -> {
                    showDraft(read);
                    offerHeaderAsText(text, name);
                });
            } catch (ArticleRejectedException e) {
                ui.access(() -> showError(Text.problem(e)));
            } catch (java.nio.charset.CharacterCodingException e) { // read already, so readable: not expected
                ui.access(() -> showError(t("import-article.not-readable", fileName, UploadedText.READABLE)));
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(ImportView.class).error("Reading {} failed", fileName, e);
                ui.access(() -> showError(t("import-article.failed", fileName)));
            }
        }, executor);
    }

    private void usePastedText() {
        hideError();
        if (pasted.getValue().isBlank()) {
            showError(t("import-article.paste-first"));
            return;
        }
        showDraft(PlainTextReader.fromText(pasted.getValue(), t("import-article.untitled"), true));
        offerHeaderAsText(pasted.getValue(), t("import-article.untitled"));
    }

    /** When plain text's first lines gave the details, says so, with a way to keep them as text instead. */
    private void offerHeaderAsText(String text, String fallbackTitle) {
        headerNote.setVisible(false);
        if (text != null) {
            PlainTextReader.header(text).ifPresent(lines -> headerNote.show(lines,
                    () -> showDraft(PlainTextReader.fromText(text, fallbackTitle, false))));
        }
    }

    private void showDraft(ArticleDraft read) {
        progress.setVisible(false);
        upload.clearFileList();
        draft = read;
        form.show(read);
        start.setVisible(false);
        review.setVisible(true);
    }

    private void importDraft() {
        hideError();
        if (!form.isValid()) {
            return;
        }
        try {
            ImportResult result = articles.importArticle(form.applyTo(draft));
            Notification note = Notification.show(result.alreadyPresent()
                    ? t("import-article.exists") : t("import-article.imported"));
            note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(ReaderView.class, ReaderView.parameters(result.articleId())));
        } catch (ArticleRejectedException e) {
            showError(Text.problem(e));
        }
    }

    private void reset() {
        draft = null;
        pasted.clear();
        upload.clearFileList();
        review.setVisible(false);
        start.setVisible(true);
        hideError();
    }

    private void showError(String message) {
        progress.setVisible(false);
        upload.clearFileList();
        error.setText(message);
        error.setVisible(true);
    }

    private void hideError() {
        error.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return t("import-article.title");
    }
}
