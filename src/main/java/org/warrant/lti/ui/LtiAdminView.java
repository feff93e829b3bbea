package org.warrant.lti.ui;

import static org.warrant.ui.Text.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.warrant.lti.LtiPlatforms;
import org.warrant.lti.LtiUrls;
import org.warrant.lti.Platform;
import org.warrant.lti.ToolKeys;
import org.warrant.ui.Dates;
import org.warrant.ui.Notice;
import org.warrant.ui.Text;

/**
 * LTI for admins: what to enter in the LMS (Warrant's addresses), the platforms Warrant accepts launches from (to
 * register, change and remove), and Warrant's signing keys (to rotate).
 */
@Route("admin/lti")
@RolesAllowed("ADMIN")
class LtiAdminView extends Div implements HasDynamicTitle {

    private final LtiPlatforms platforms;
    private final ToolKeys keys;
    final Notice notice = new Notice();
    final Grid<Platform> list = new Grid<>();
    final Grid<ToolKeys.KeyInfo> keyList = new Grid<>();
    final Div formArea = new Div();
    final Button rotate = new Button(t("lti.admin.rotate"));
    PlatformForm form;

    LtiAdminView(LtiPlatforms platforms, ToolKeys keys, LtiUrls urls) {
        this.platforms = platforms;
        this.keys = keys;
        addClassNames("page", "lti-admin-view");
        list.addColumn(Platform::name).setHeader(t("lti.admin.name")).setFlexGrow(1);
        list.addColumn(Platform::issuer).setHeader(t("lti.admin.issuer")).setFlexGrow(1);
        list.addColumn(Platform::clientId).setHeader(t("lti.admin.client-id")).setAutoWidth(true);
        list.addColumn(p -> String.join(", ", p.deploymentIds())).setHeader(t("lti.admin.deployments")).setAutoWidth(true);
        list.setAllRowsVisible(true);
        list.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::edit));
        keyList.addColumn(ToolKeys.KeyInfo::kid).setHeader(t("lti.admin.key-id")).setFlexGrow(1);
        keyList.addColumn(k -> Dates.dateAndTime().format(k.createdAt())).setHeader(t("lti.admin.key-made")).setAutoWidth(true);
        keyList.addColumn(k -> k.retiredAt() == null ? t("lti.admin.key-signs") : t("lti.admin.key-retired", Dates.dateAndTime().format(k.retiredAt())))
                .setHeader(t("lti.admin.key-state")).setAutoWidth(true);
        keyList.setAllRowsVisible(true);
        rotate.addClickListener(e -> {
            keys.rotate();
            refresh();
            notice.done(t("lti.admin.rotated"));
        });
        Button register = new Button(t("lti.admin.register"), e -> edit(null));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(t("lti.admin.title")), new Paragraph(t("lti.admin.intro")), notice, toolDetails(urls), new H2(t("lti.admin.platforms")),
                register, list, formArea, new H2(t("lti.admin.keys")), new Paragraph(t("lti.admin.keys-intro")), rotate, keyList);
        refresh();
    }

    private Div toolDetails(LtiUrls urls) {
        DescriptionList addresses = new DescriptionList();
        addresses.add(address(t("lti.admin.login-url"), urls.login()), address(t("lti.admin.launch-url"), urls.launch()),
                address(t("lti.admin.jwks-url"), urls.jwks()));
        Div box = new Div(new H2(t("lti.admin.tool")), new Paragraph(t("lti.admin.tool-intro")), addresses);
        box.addClassName("lti-tool-details");
        return box;
    }

    /** A label and an address to copy; addresses read left to right in either language. */
    private static Div address(String label, String url) {
        Span value = new Span(url);
        value.getElement().setAttribute("dir", "ltr");
        value.addClassName("lti-address");
        return new Div(new DescriptionList.Term(label), new DescriptionList.Description(value));
    }

    private void refresh() {
        list.setItems(platforms.list());
        keyList.setItems(keys.keys());
    }

    void edit(Platform platform) {
        formArea.removeAll();
        form = new PlatformForm(platform);
        form.save.addClickListener(e -> act(() -> {
            if (platform == null) {
                platforms.register(form.draft());
            } else {
                platforms.update(platform.id(), form.draft());
            }
            formArea.removeAll();
            refresh();
            notice.done(t("lti.admin.saved"));
        }));
        form.remove.setVisible(platform != null);
        form.remove.addClickListener(e -> act(() -> {
            platforms.remove(platform.id());
            formArea.removeAll();
            refresh();
            notice.done(t("lti.admin.removed"));
        }));
        formArea.add(form);
        form.name.focus();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException e) {
            notice.problem(Text.problem(e));
        }
    }

    @Override
    public String getPageTitle() {
        return t("common.title-suffix", t("lti.admin.title"));
    }

}
