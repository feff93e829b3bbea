package org.warrant.sources.ui;

import static org.warrant.ui.Text.t;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.warrant.sources.ArticleService;
import org.warrant.sources.ArticleSummary;

/** The library: every article as a card that opens the reader; a filter over title, author, outlet, kind. */
@Route("articles")
@PermitAll
class LibraryView extends Div implements HasDynamicTitle {

    final TextField filter = new TextField();
    final Div cards = new Div();
    private final ArticleService articles;

    LibraryView(ArticleService articles, AuthenticationContext auth) {
        this.articles = articles;
        addClassNames("page", "library-view");

        H1 heading = new H1(t("library.heading"));
        Div header = new Div(heading);
        header.addClassName("page-header");
        if (auth.hasAnyRole("INSTRUCTOR", "ADMIN")) {
            Button importButton = new Button(t("library.import"), VaadinIcon.UPLOAD.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("articles/import")));
            importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(importButton);
        }

        filter.setPlaceholder(t("library.filter"));
        filter.setAriaLabel(t("library.filter-label"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> show(articles.list(e.getValue())));
        filter.addClassName("library-filter");

        cards.addClassName("article-cards");
        cards.getElement().setAttribute("role", "list");
        add(header, filter, cards);
        show(articles.list(null));
    }

    private void show(List<ArticleSummary> summaries) {
        cards.removeAll();
        if (summaries.isEmpty()) {
            cards.add(new Paragraph(filter.isEmpty() ? t("library.empty") : t("library.no-match", filter.getValue())));
            return;
        }
        summaries.forEach(a -> { // a list's items: a link can't be one itself, so each is held by one
            Div item = new Div(card(a));
            item.getElement().setAttribute("role", "listitem");
            item.addClassName("article-card-item");
            cards.add(item);
        });
    }

    private static RouterLink card(ArticleSummary a) {
        RouterLink link = new RouterLink();
        link.setRoute(ReaderView.class, ReaderView.parameters(a.id()));
        link.addClassName("article-card");

        Span kind = new Span(ArticleFormat.kind(a.kind()));
        kind.addClassNames("kind-badge", ArticleFormat.kindClass(a.kind()));
        Span title = new Span(a.title());
        title.addClassName("article-card-title");
        title.getElement().setAttribute("dir", "auto"); // user text: its own direction in either interface language
        Span byline = new Span(ArticleFormat.byline(a.authors(), a.outlet(), a.publishedOn()));
        byline.addClassName("article-card-byline");
        byline.getElement().setAttribute("dir", "auto");
        Span length = new Span(ArticleFormat.length(a.bodyLength(), a.paragraphs()));
        length.addClassName("article-card-length");
        link.add(kind, title, byline, length);
        return link;
    }

    @Override
    public String getPageTitle() {
        return t("library.title");
    }
}
