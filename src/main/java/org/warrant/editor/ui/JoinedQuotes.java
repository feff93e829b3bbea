package org.warrant.editor.ui;

import static org.warrant.ui.Text.t;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import org.warrant.maps.Citation;
import org.warrant.maps.OpenedMap;

/**
 * The text of a node made from several passages: its quotes in the article's order (the map's articles in tab
 * order), joined with " … " as people write a quote that leaves words out.
 */
final class JoinedQuotes {

    private JoinedQuotes() {
    }

    static String of(OpenedMap content, long nodeId) {
        List<Long> articles = content.map().articleIds();
        return content.placedCitationsOf(nodeId).stream()
                .sorted(Comparator.comparingInt((Citation c) -> articles.indexOf(c.articleId())).thenComparingInt(Citation::startOffset))
                .map(c -> c.quote().strip()).collect(Collectors.joining(" … "));
    }

    /** Offers the joined text for a node the user has worded: a notice with a button, gone after a while. */
    static void offer(String joined, Runnable use) {
        Notification offer = new Notification();
        offer.setDuration(12_000);
        Button yes = new Button(t("joined.use"), e -> {
            use.run();
            offer.close();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button no = new Button(t("joined.keep"), e -> offer.close());
        no.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Span text = new Span(t("joined.cited", ArticlePane.shortTitle(joined)));
        text.getElement().setAttribute("dir", "auto");
        offer.add(text, yes, no);
        offer.open();
    }
}
