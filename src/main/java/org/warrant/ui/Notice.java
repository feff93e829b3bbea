package org.warrant.ui;

import com.vaadin.flow.component.html.Div;

/** A line at the top of a page saying what just happened, or what went wrong and what to do; hidden until then. */
public class Notice extends Div {

    public Notice() {
        setVisible(false);
    }

    public void done(String message) {
        show(message, false);
    }

    public void problem(String message) {
        show(message, true);
    }

    private void show(String message, boolean problem) {
        setText(message);
        setClassName("error-box", problem);
        setClassName("success-box", !problem);
        getElement().setAttribute("role", problem ? "alert" : "status");
        setVisible(true);
    }
}
