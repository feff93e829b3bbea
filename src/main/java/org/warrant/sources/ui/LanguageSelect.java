package org.warrant.sources.ui;

import java.util.Comparator;
import java.util.stream.Stream;

import com.vaadin.flow.component.select.Select;
import org.jspecify.annotations.Nullable;
import org.warrant.sources.TextLanguage;

/** The language of an article's text: one Warrant knows ({@link TextLanguage#NAMES}), by name, or "Another language" (""). */
class LanguageSelect extends Select<String> {

    LanguageSelect() {
        setItems(Stream.concat(Stream.of(""), TextLanguage.NAMES.keySet().stream().sorted(Comparator.comparing(TextLanguage.NAMES::get))).toList());
        setItemLabelGenerator(tag -> tag.isEmpty() ? "Another language" : TextLanguage.NAMES.get(tag));
    }

    /** The tag chosen, or null for another language. */
    @Nullable String tag() {
        return getValue() == null || getValue().isEmpty() ? null : getValue();
    }

    void show(@Nullable String tag) {
        setValue(tag == null ? "" : tag);
    }
}
