package org.warrant.sources.ui;

import static org.warrant.ui.Text.t;

import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.warrant.sources.ArticleBlock;
import org.warrant.sources.ArticleService;
import org.warrant.sources.BlockKind;
import org.warrant.ui.NotFound;
import org.warrant.ui.Text;

/**
 * Reads one article: metadata, headings, numbered paragraphs with a link each ({@code #p12}). All article text
 * goes in as text nodes, never as HTML.
 */
@Route("articles/:id([0-9]{1,18})")
@PermitAll
class ReaderView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ArticleService articles;
    private String title = t("reader.default-title");

    private final AuthenticationContext auth;

    ReaderView(ArticleService articles, AuthenticationContext auth) {
        this.articles = articles;
        this.auth = auth;
        addClassNames("page", "reader-view");
    }

    static RouteParameters parameters(long articleId) {
        return new RouteParameters("id", Long.toString(articleId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<org.warrant.sources.Article> found = event.getRouteParameters().getLong("id").flatMap(articles::find);
        if (found.isEmpty()) {
            title = t("article.not-found");
            add(notFound());
            return;
        }
        org.warrant.sources.Article article = found.get();
        title = article.title();
        Div links = new Div(new RouterLink(t("reader.back"), LibraryView.class));
        links.addClassName("reader-links");
        if (auth.hasAnyRole("INSTRUCTOR", "ADMIN")) {
            RouterLink correct = new RouterLink(t("reader.correct"), CorrectArticleView.class, parameters(article.id()));
            correct.addClassName("correct-link");
            links.add(correct, languageChoice(article));
        }
        add(links);
        articles.revisions(article.id()).stream().findFirst().ifPresent(last -> add(withClass(new Paragraph(
                t("reader.revision", last.revision(), last.correctedBy(),
                        ArticleFormat.day(last.correctedAt()), last.note())), "article-revision")));
        add(render(article));
    }

    /** For instructors: the text's language, when the guess was wrong; the page is drawn again in it. */
    private LanguageSelect languageChoice(org.warrant.sources.Article article) {
        LanguageSelect language = new LanguageSelect();
        language.setAriaLabel(t("metadata.language"));
        language.show(article.language());
        language.addClassName("language-choice");
        language.addValueChangeListener(e -> { // added after the value is set: only a choice calls it
            articles.setLanguage(article.id(), language.tag());
            getUI().ifPresent(ui -> ui.getPage().reload());
        });
        return language;
    }

    private static Article render(org.warrant.sources.Article article) {
        Article page = new Article();
        page.addClassName("reading");
        if (article.language() != null) { // screen readers and hyphenation follow the text's own language
            page.getElement().setAttribute("lang", article.language());
        }

        Span kind = new Span(ArticleFormat.kind(article.kind()));
        kind.addClassNames("kind-badge", ArticleFormat.kindClass(article.kind()));
        H1 heading = new H1(article.title());
        heading.addClassName("article-title");
        heading.getElement().setAttribute("dir", "auto");
        Div header = new Div(kind, heading);
        header.addClassName("article-header");
        if (article.titleSupplied()) {
            Span note = new Span(t("reader.title-supplied"));
            note.addClassName("title-note");
            header.add(note);
        }
        String byline = ArticleFormat.byline(article.authors(), article.outlet(), article.publishedOn());
        if (!byline.isEmpty()) {
            header.add(withClass(new Paragraph(byline), "article-byline"));
        }
        Paragraph facts = withClass(new Paragraph(ArticleFormat.length(article.bodyLength(), article.paragraphCount())
                + (article.language() == null ? "" : " · " + LanguageSelect.name(article.language()))),
                "article-facts");
        if (article.sourceUrl() != null && article.sourceUrl().matches("(?i)https?://\\S+")) {
            Anchor source = new Anchor(article.sourceUrl(), t("reader.source"), AnchorTarget.BLANK);
            source.getElement().setAttribute("rel", "noopener noreferrer");
            facts.add(new Span(" · "), source);
        }
        header.add(facts);
        page.add(header);

        // The article's own top heading level is h2 under the page's h1, whatever level it had: no level is skipped.
        int top = article.blocks().stream().filter(b -> b.kind() == BlockKind.HEADING).mapToInt(ArticleBlock::level).min().orElse(1);
        for (ArticleBlock block : article.blocks()) {
            page.add(block.kind() == BlockKind.HEADING ? heading(article.textOf(block), block.level() - top + 1)
                    : paragraph(article.textOf(block), block));
        }
        return page;
    }

    private static com.vaadin.flow.component.Component heading(String text, int level) {
        com.vaadin.flow.component.HtmlContainer h = level <= 1 ? new H2(text) : new H3(text);
        h.getElement().setAttribute("dir", "auto"); // a Persian heading reads right to left
        return withClass(h, "section-heading");
    }

    private static Div paragraph(String text, ArticleBlock block) {
        Anchor number = new Anchor("#" + block.anchor(), Text.number(block.number()));
        number.addClassName("paragraph-number");
        number.getElement().setAttribute("aria-label", t("reader.paragraph-link", block.number()));
        Paragraph body = new Paragraph(text);
        body.getElement().setAttribute("data-start", Integer.toString(block.startOffset()));
        body.getElement().setAttribute("dir", "auto"); // each paragraph takes the direction of its own first strong letter
        Div row = new Div(number, body);
        row.setId(block.anchor());
        row.addClassName("article-paragraph");
        return row;
    }

    private static Div notFound() {
        return new NotFound(t("article.not-found"), t("reader.not-found-text"),
                new RouterLink(t("article.go-to-library"), LibraryView.class));
    }

    /**
     * Scroll to the paragraph named in the address (…#p12) once the text is in the page; without one, start at
     * the top (the page would otherwise keep the scroll position of the library it was opened from).
     */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Wait until the app layout has upgraded and laid out, or its first render resets the scroll position.
        getElement().executeJs("""
                const id = decodeURIComponent(window.location.hash.slice(1));
                const target = id && document.getElementById(id);
                if (target) target.classList.add('targeted');
                customElements.whenDefined('vaadin-app-layout').then(() => requestAnimationFrame(() => requestAnimationFrame(() =>
                    (target || this).scrollIntoView({block: 'start'}))));""");
    }

    @Override
    public String getPageTitle() {
        return t("common.title-suffix", title);
    }

    private static <T extends com.vaadin.flow.component.HasStyle> T withClass(T component, String className) {
        component.addClassName(className);
        return component;
    }
}
