package org.warrant.editor.ui;

import static org.warrant.ui.Text.t;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;

/**
 * The editor on a phone or a small tablet: the article, the outline and the diagram as three full-height panes,
 * one shown at a time, switched by tabs above them. Side by side they would be slivers too narrow to read a
 * sentence in. The panes stay attached while hidden, so a selection made in the article survives a switch to
 * the outline, and live changes reach all three.
 */
class SmallScreenPanes extends Div {

    /** Below this window width (CSS pixels) the editor uses panes instead of its split view. */
    static final int WIDTH = 900;

    final Tabs tabs = new Tabs();
    private final List<Component> panes;

    SmallScreenPanes(Component article, Component outline, Component diagram) {
        addClassName("small-screen-panes");
        panes = List.of(article, outline, diagram);
        List<String> names = List.of(t("panes.article"), t("panes.outline"), t("panes.diagram"));
        names.forEach(name -> tabs.add(new Tab(name)));
        tabs.addClassName("pane-tabs");
        tabs.getElement().setAttribute("aria-label", t("panes.label"));
        tabs.addSelectedChangeListener(e -> show(tabs.getSelectedIndex()));
        Div stack = new Div();
        stack.addClassName("pane-stack");
        for (int i = 0; i < panes.size(); i++) { // each pane is the tab panel its tab shows
            Component pane = panes.get(i);
            pane.addClassName("pane");
            pane.getElement().setAttribute("role", "tabpanel");
            pane.getElement().setAttribute("aria-label", names.get(i));
            stack.add(pane);
        }
        add(tabs, stack);
        show(1); // the outline: where a student starts, and where the toolbar's actions land
        tabs.setSelectedIndex(1);
    }

    /** Shows one pane, full height; the others are hidden but kept. */
    void show(int index) {
        for (int i = 0; i < panes.size(); i++) {
            panes.get(i).setVisible(i == index);
        }
    }
}
