package org.warrant.sources.ui;

import static org.warrant.ui.Text.t;

import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.warrant.sources.ArticleDraft;
import org.warrant.sources.ArticleDraft.DraftBlock;
import org.warrant.sources.ArticleKind;
import org.warrant.sources.TextLanguage;
import org.warrant.sources.BlockKind;
import org.warrant.ui.Counted;
import org.warrant.ui.UserText;

/** The metadata of a draft article, pre-filled from the file, and a glimpse of its text. */
class ArticleMetadataForm extends Div {

    private static final int PREVIEW_PARAGRAPHS = 3;

    final TextField title = new TextField(t("metadata.title"));
    final TextField authors = new TextField(t("metadata.authors"));
    final TextField outlet = new TextField(t("metadata.outlet"));
    final DatePicker published = new DatePicker(t("metadata.published"));
    final TextField sourceUrl = new TextField(t("metadata.source-url"));
    final Select<ArticleKind> kind = new Select<>();
    final LanguageSelect language = new LanguageSelect();
    final Div preview = new Div();

    ArticleMetadataForm() {
        title.setRequired(true);
        title.setMaxLength(500);
        authors.setHelperText(t("metadata.authors-help"));
        sourceUrl.setPattern("https?://\\S+");
        sourceUrl.setErrorMessage(t("metadata.url-error"));
        kind.setLabel(t("metadata.kind"));
        kind.setItems(ArticleKind.values());
        kind.setItemLabelGenerator(ArticleFormat::kind);
        language.setLabel(t("metadata.language"));
        language.setHelperText(t("metadata.language-help"));
        FormLayout layout = new FormLayout(title, authors, outlet, published, sourceUrl, kind, language);
        layout.setColspan(title, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        preview.addClassName("import-preview");
        add(layout, preview);
    }

    void show(ArticleDraft draft) {
        title.setValue(nullToEmpty(draft.title()));
        authors.setValue(nullToEmpty(draft.authors()));
        outlet.setValue(nullToEmpty(draft.outlet()));
        published.setValue(draft.publishedOn());
        sourceUrl.setValue(nullToEmpty(draft.sourceUrl()));
        kind.setValue(draft.kind());
        String text = draft.blocks().stream().map(DraftBlock::text).collect(java.util.stream.Collectors.joining("\n"));
        language.setValue(draft.language() != null ? draft.language() : TextLanguage.guess(text).orElse(""));

        List<DraftBlock> paragraphs = draft.blocks().stream().filter(b -> b.kind() == BlockKind.PARAGRAPH).toList();
        long headings = draft.blocks().size() - paragraphs.size();
        preview.removeAll();
        preview.add(new H3(t("metadata.text", Counted.of(paragraphs.size(), "count.paragraphs"),
                Counted.of(headings, "count.headings"), Counted.of(draft.textLength(), "count.characters"))));
        paragraphs.stream().limit(PREVIEW_PARAGRAPHS).forEach(p -> preview.add(UserText.of(new Paragraph(p.text()))));
        if (paragraphs.size() > PREVIEW_PARAGRAPHS) {
            preview.add(new Paragraph("…"));
        }
    }

    boolean isValid() {
        boolean valid = true;
        if (title.getValue().isBlank()) {
            title.setInvalid(true);
            title.setErrorMessage(t("metadata.title-needed"));
            valid = false;
        }
        if (!sourceUrl.getValue().isBlank() && !sourceUrl.getValue().strip().matches("(?i)https?://\\S+")) {
            sourceUrl.setInvalid(true);
            valid = false;
        }
        return valid;
    }

    ArticleDraft applyTo(ArticleDraft draft) {
        return draft.withMetadata(title.getValue(), authors.getValue(), outlet.getValue(), published.getValue(),
                sourceUrl.getValue(), kind.getValue() == null ? ArticleKind.OTHER : kind.getValue()).withLanguage(language.getValue());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
