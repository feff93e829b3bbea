package org.warrant.ui;

import com.vaadin.flow.component.HasElement;

/**
 * Marks a component that shows what users or articles wrote (a title, a name, a prompt) with {@code dir="auto"}: a
 * Persian title reads right to left in the English interface and an English one left to right in the Persian.
 */
public final class UserText {

    private UserText() {
    }

    public static <T extends HasElement> T of(T component) {
        component.getElement().setAttribute("dir", "auto");
        return component;
    }
}
