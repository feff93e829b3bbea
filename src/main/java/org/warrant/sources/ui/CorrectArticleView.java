package org.warrant.sources.ui;

import static org.warrant.ui.Text.t;

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
import org.warrant.ui.Text;

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
    final TextArea text = new TextArea(t("correct.text"));
    final TextField note = new TextField(t("correct.note"));
    final Button check = new Button(t("correct.check"));
    final Button save = new Button(t("correct.save"));
    final Notice notice = new Notice();
    final Div effect = new Div();
    private Article article;
    private String title = t("correct.default-title");

    CorrectArticleView(ArticleService articles) {
        this.articles = articles;
        addClassNames("page", "correct-article-view");
        text.setHelperText(t("correct.text-help"));
        text.getElement().setAttribute("dir", "auto");
        text.setWidthFull();
        text.setMaxHeight("55vh"); // the article scrolls inside the field; the note and the buttons stay in reach
        text.addValueChangeListener(e -> stale());
        note.setHelperText(t("correct.note-help"));
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
            title = t("article.not-found");
            add(new NotFound(title, t("correct.not-found-text"), new RouterLink(t("article.go-to-library"), LibraryView.class)));
            return;
        }
        article = found.get();
        title = t("correct.title", article.title());
        text.setValue(ArticleText.of(article));
        RouterLink back = new RouterLink(t("correct.back"), ReaderView.class, ReaderView.parameters(article.id()));
        H1 heading = new H1(t("correct.heading", article.title()));
        heading.getElement().setAttribute("dir", "auto");
        Paragraph about = new Paragraph(t("correct.about", article.revision(), article.revision() + 1));
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
            notice.done(t("correct.checked"));
            save.setEnabled(true);
        } catch (ArticleRejectedException e) {
            notice.problem(Text.problem(e));
        }
    }

    private void save() {
        try {
            CorrectionImpact.Impact impact = articles.correct(article.id(), article.revision(), text.getValue(), note.getValue());
            notice.done(t("correct.saved", article.revision() + 1, describe(impact)));
            getUI().ifPresent(ui -> ui.navigate(ReaderView.class, ReaderView.parameters(article.id())));
        } catch (ArticleRejectedException | StaleArticleException e) {
            log.warn("Correcting article {} failed: {}", article.id(), Text.problem(e));
            notice.problem(Text.problem(e));
        }
    }

    static String describe(CorrectionImpact.Impact i) {
        int all = i.unchanged() + i.moved() + i.orphaned();
        if (all == 0) {
            return t("correct.no-map");
        }
        String lost = i.orphaned() == 0 ? t("correct.none-lost") : Counted.of(i.orphaned(), "correct.lost");
        return t("correct.impact", Counted.of(all, "count.citations"), i.unchanged(), i.moved(), lost)
                + (i.maps() == 0 ? "" : " " + Counted.of(i.maps(), "count.maps-change"));
    }

    @Override
    public String getPageTitle() {
        return t("common.title-suffix", title);
    }
}
