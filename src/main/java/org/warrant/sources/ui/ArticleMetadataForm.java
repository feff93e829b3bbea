package org.warrant.sources.ui;

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

/** The metadata of a draft article, pre-filled from the file, and a glimpse of its text. */
class ArticleMetadataForm extends Div {

    private static final int PREVIEW_PARAGRAPHS = 3;

    final TextField title = new TextField("Title");
    final TextField authors = new TextField("Authors");
    final TextField outlet = new TextField("Outlet or journal");
    final DatePicker published = new DatePicker("Published");
    final TextField sourceUrl = new TextField("Source URL");
    final Select<ArticleKind> kind = new Select<>();
    final LanguageSelect language = new LanguageSelect();
    final Div preview = new Div();

    ArticleMetadataForm() {
        title.setRequired(true);
        title.setMaxLength(500);
        authors.setHelperText("Separate several authors with “;”");
        sourceUrl.setPattern("https?://\\S+");
        sourceUrl.setErrorMessage("A web address starting with http:// or https://");
        kind.setLabel("Kind");
        kind.setItems(ArticleKind.values());
        kind.setItemLabelGenerator(ArticleKind::label);
        language.setLabel("Language of the text");
        language.setHelperText("Guessed from its letters. It sets the reading direction and how words are compared.");
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
        preview.add(new H3("Text: %s, %s, %s".formatted(Counted.of(paragraphs.size(), "paragraph", "paragraphs"),
                Counted.of(headings, "heading", "headings"), Counted.of(draft.textLength(), "character", "characters"))));
        paragraphs.stream().limit(PREVIEW_PARAGRAPHS).forEach(p -> preview.add(new Paragraph(p.text())));
        if (paragraphs.size() > PREVIEW_PARAGRAPHS) {
            preview.add(new Paragraph("…"));
        }
    }

    boolean isValid() {
        boolean valid = true;
        if (title.getValue().isBlank()) {
            title.setInvalid(true);
            title.setErrorMessage("Every article needs a title");
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
