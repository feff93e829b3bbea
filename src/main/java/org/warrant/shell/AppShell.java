package org.warrant.shell;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings: the Lumo theme, Warrant's styles (frontend/styles), server push for progress, and the
 * icon browsers show in tabs and bookmarks.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@CssImport("./styles/warrant.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    /** A claim and two reasons under it, in the page itself: no file to serve, and no request for /favicon.ico. */
    static final String ICON = "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'>"
            + "<rect width='32' height='32' rx='7' fill='%23006af5'/>"
            + "<path d='M16 9v7M16 16l-7 7M16 16l7 7' stroke='white' stroke-width='2.5' fill='none'/>"
            + "<circle cx='16' cy='8' r='4' fill='white'/><circle cx='9' cy='24' r='3.5' fill='white'/>"
            + "<circle cx='23' cy='24' r='3.5' fill='white'/></svg>";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Warrant");
        settings.addFavIcon("icon", ICON, "any");
    }
}
