package org.warrant.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Everything wrong with a text the user gave (an outline, a list), each problem a line, the first 25 shown and
 * the rest counted, under a lead that says nothing was done. Announced as an alert.
 */
public class ProblemBox extends Div {

    static final int SHOWN = 25;

    /** {@code lead}: the words before the list, given "" or " (3 problems)" to put in, e.g. "can't be added yet%s; nothing was added:". */
    public ProblemBox(String lead, List<String> problems) {
        addClassName("error-box");
        getElement().setAttribute("role", "alert");
        add(new Paragraph(lead.formatted(problems.size() == 1 ? "" : " (" + problems.size() + " problems)")));
        UnorderedList list = new UnorderedList();
        problems.stream().limit(SHOWN).forEach(p -> list.add(new ListItem(p)));
        if (problems.size() > SHOWN) {
            list.add(new ListItem("… and " + (problems.size() - SHOWN) + " more."));
        }
        add(list);
    }
}
