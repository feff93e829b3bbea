package org.warrant.sources.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warrant.sources.Article;
import org.warrant.sources.ArticleRejectedException;
import org.warrant.sources.ArticleService;
import org.warrant.sources.ArticleText;
import org.warrant.sources.CorrectionImpact;
import org.warrant.sources.StaleArticleException;
import org.warrant.ui.Counted;
import org.warrant.ui.NotFound;
import org.warrant.ui.Notice;

/**
 * Corrects an article's text (a typo, a missing paragraph) as its next revision: edit, check what the
 * correction does to the citations in every map, then save with a note saying what changed. Citations that
 * cannot be placed again with confidence are listed before saving and marked on their maps afterwards.
 */
@Route("articles/:id([0-9]{1,18})/correct")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class CorrectArticleView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(CorrectArticleView.class);

    private final ArticleService articles;
    final TextArea text = new TextArea("Text");
    final TextField note = new TextField("What did you correct?");
    final Button check = new Button("Check the effect on maps");
    final Button save = new Button("Save the correction");
    final Notice notice = new Notice();
    final Div effect = new Div();
    private Article article;
    private String title = "Correct an article";

    CorrectArticleView(ArticleService articles) {
        this.articles = articles;
        addClassNames("page", "correct-article-view");
        text.setHelperText("One blank line between paragraphs; a heading starts with # (## and ### for smaller ones).");
        text.getElement().setAttribute("dir", "auto");
        text.setWidthFull();
        text.setMaxHeight("55vh"); // the article scrolls inside the field; the note and the buttons stay in reach
        text.addValueChangeListener(e -> stale());
        note.setHelperText("Shown in the history of every map that cites this article, e.g. “Fixed the date in ¶ 4”.");
        note.setMaxLength(500);
        note.setWidthFull();
        check.addClickListener(e -> check());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        effect.addClassName("correction-effect");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Article> found = event.getRouteParameters().getLong("id").flatMap(articles::find);
        if (found.isEmpty()) {
            title = "Article not found";
            add(new NotFound("Article", "There is no article at this address to correct.", new RouterLink("Go to the library", LibraryView.class)));
            return;
        }
        article = found.get();
        title = "Correct: " + article.title();
        text.setValue(ArticleText.of(article));
        RouterLink back = new RouterLink("← Back to the article", ReaderView.class, ReaderView.parameters(article.id()));
        H1 heading = new H1("Correct “" + article.title() + "”");
        heading.getElement().setAttribute("dir", "auto");
        Paragraph about = new Paragraph("Revision " + article.revision() + ". Your correction becomes revision "
                + (article.revision() + 1) + "; the text it replaces is kept. Every citation of this article, in every map, "
                + "is found again in the corrected text; one that cannot be placed with confidence is marked on its map, with "
                + "its old quote, for its editors to re-attach.");
        Div actions = new Div(check, save);
        actions.addClassName("inline-form");
        add(back, heading, about, text, note, notice, effect, actions);
        stale();
    }

    /** The text changed since the last check: check again before saving. */
    private void stale() {
        effect.removeAll();
        save.setEnabled(false);
    }

    private void check() {
        try {
            CorrectionImpact.Impact impact = articles.previewCorrection(article.id(), text.getValue());
            effect.removeAll();
            effect.add(new Paragraph(describe(impact)));
            impact.orphanedQuotes().forEach(q -> {
                Paragraph lost = new Paragraph("“" + q + "”");
                lost.getElement().setAttribute("dir", "auto");
                lost.addClassName("lost-quote");
                effect.add(lost);
            });
            notice.done("Checked. Save when the note says what you corrected.");
            save.setEnabled(true);
        } catch (ArticleRejectedException e) {
            notice.problem(e.getMessage());
        }
    }

    private void save() {
        try {
            CorrectionImpact.Impact impact = articles.correct(article.id(), article.revision(), text.getValue(), note.getValue());
            notice.done("Saved as revision " + (article.revision() + 1) + ". " + describe(impact));
            getUI().ifPresent(ui -> ui.navigate(ReaderView.class, ReaderView.parameters(article.id())));
        } catch (ArticleRejectedException | StaleArticleException e) {
            log.warn("Correcting article {} failed: {}", article.id(), e.getMessage());
            notice.problem(e.getMessage());
        }
    }

    static String describe(CorrectionImpact.Impact i) {
        int all = i.unchanged() + i.moved() + i.orphaned();
        if (all == 0) {
            return "No map cites this article: nothing else changes.";
        }
        return "Of %s: %d stay where they are, %d are found again in the corrected text, %s.%s"
                .formatted(Counted.of(all, "citation", "citations"), i.unchanged(), i.moved(), i.orphaned() == 0 ? "and none is lost"
                        : "and " + i.orphaned() + " cannot be placed with confidence: "
                        + (i.orphaned() == 1 ? "it is" : "they are") + " marked on " + (i.orphaned() == 1 ? "its map" : "their maps")
                        + ", with the old quote, to re-attach by hand",
                        i.maps() == 0 ? "" : " " + Counted.of(i.maps(), "map changes", "maps change") + ".");
    }

    @Override
    public String getPageTitle() {
        return title + " · Warrant";
    }
}
