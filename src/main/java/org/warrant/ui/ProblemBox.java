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

    /** {@code lead}: the words before the list, with {0} where " (3 problems)" goes, e.g. "can't be added yet{0}; nothing was added:". */
    public ProblemBox(String lead, List<String> problems) {
        addClassName("error-box");
        getElement().setAttribute("role", "alert");
        add(new Paragraph(lead.replace("{0}", problems.size() == 1 ? "" : " " + Text.t("problems.count", problems.size()))));
        UnorderedList list = new UnorderedList();
        problems.stream().limit(SHOWN).forEach(p -> list.add(new ListItem(p)));
        if (problems.size() > SHOWN) {
            list.add(new ListItem(Text.t("problems.more", problems.size() - SHOWN)));
        }
        add(list);
    }

    /** A problem as the list shows it: "Line 3: …" when it has a line, in the user's language. */
    public static String atLine(int line, String message) {
        return line > 0 ? Text.t("import-file.line", line, message) : message;
    }
}
