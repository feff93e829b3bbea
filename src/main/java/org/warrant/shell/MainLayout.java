package org.warrant.shell;

import static org.warrant.ui.Text.t;

import java.util.List;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.warrant.accounts.AccountService;
import org.warrant.accounts.InterfaceLanguage;
import org.warrant.notifications.NotificationService;
import org.warrant.ui.LanguageMenu;

/**
 * The frame around every signed-in view: brand, navigation the user may follow, and sign-out. Its parts are the page's
 * landmarks (a header, a navigation, the view as the main content), so screen-reader users can jump between them.
 */
@Layout
@PermitAll
@JsModule("./components/a11y-fixes.js")
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext auth, AccountService accounts, InterfaceLanguage languages, NotificationService notifications) {
        addClassName("main-layout");
        Span brand = new Span("Warrant");
        brand.addClassName("brand");

        String username = auth.getPrincipalName().orElse("");
        Span who = new Span(accounts.displayName(username).orElse(username));
        who.addClassName("signed-in-as");
        Button signOut = new Button(t("shell.sign-out"), VaadinIcon.SIGN_OUT.create(), e -> auth.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button password = new Button(t("shell.password"), VaadinIcon.KEY_O.create(), e -> new ChangePasswordDialog(accounts).open());
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        password.setAriaLabel(t("shell.change-password"));
        Div user = new Div(new NotificationBell(notifications), new LanguageMenu(l -> languages.choose(l.toLanguageTag())), who, password, signOut);
        user.addClassName("user-box");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(t("nav.menu"));
        Header header = new Header(brand, user);
        header.addClassName("app-header");
        addToNavbar(toggle, header);
        Nav nav = new Nav(navigation(auth));
        nav.getElement().setAttribute("aria-label", t("nav.main-menu"));
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
        setDrawerOpened(false);
    }

    /** The view is the page's main landmark. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        content.getElement().setAttribute("role", "main");
    }

    /** A destination in the menu; roles empty means every signed-in user. The view checks access again. */
    private record Destination(String labelKey, String path, VaadinIcon icon, String... roles) {
    }

    private static final List<Destination> DESTINATIONS = List.of(
            new Destination("nav.assignments", "assignments", VaadinIcon.CLIPBOARD_CHECK),
            new Destination("nav.library", "articles", VaadinIcon.BOOK),
            new Destination("nav.maps", "maps", VaadinIcon.SITEMAP),
            new Destination("nav.seminars", "seminars", VaadinIcon.ACADEMY_CAP),
            new Destination("nav.rubrics", "rubrics", VaadinIcon.LIST_OL, "INSTRUCTOR", "ADMIN"),
            new Destination("nav.import-article", "articles/import", VaadinIcon.UPLOAD, "INSTRUCTOR", "ADMIN"),
            new Destination("nav.accounts", "admin/accounts", VaadinIcon.USERS, "ADMIN"),
            new Destination("nav.backups", "admin/backups", VaadinIcon.ARCHIVE, "ADMIN"),
            new Destination("nav.lti", "admin/lti", VaadinIcon.CONNECT, "ADMIN"));

    private static SideNav navigation(AuthenticationContext auth) {
        SideNav nav = new SideNav();
        for (Destination d : DESTINATIONS) {
            if (d.roles().length == 0 || auth.hasAnyRole(d.roles())) {
                Icon icon = d.icon().create();
                nav.addItem(new SideNavItem(t(d.labelKey()), d.path(), icon));
            }
        }
        return nav;
    }
}
