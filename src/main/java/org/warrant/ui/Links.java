package org.warrant.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * Links to another feature's page by its path. Features don't import each other's views (the architecture test
 * says so), so a link across features names the route; the {@code router-link} attribute lets Vaadin's router
 * take the click in the page, as a {@code RouterLink} would, instead of reloading it.
 */
public final class Links {

    private Links() {
    }

    public static Anchor to(String text, String path) {
        Anchor link = new Anchor(path, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
