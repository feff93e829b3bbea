package org.warrant.sources.ui;

import static org.warrant.ui.Text.t;

import java.util.Comparator;
import java.util.stream.Stream;

import com.vaadin.flow.component.select.Select;
import org.jspecify.annotations.Nullable;
import org.warrant.sources.TextLanguage;
import java.util.Locale;
import org.warrant.ui.Text;

/** The language of an article's text: one Warrant knows ({@link TextLanguage#NAMES}), by name, or "Another language" (""). */
class LanguageSelect extends Select<String> {

    LanguageSelect() {
        setItems(Stream.concat(Stream.of(""), TextLanguage.NAMES.keySet().stream().sorted(Comparator.comparing(LanguageSelect::name))).toList());
        setItemLabelGenerator(tag -> tag.isEmpty() ? t("language.other") : name(tag));
    }

    /** The tag chosen, or null for another language. */
    @Nullable String tag() {
        return getValue() == null || getValue().isEmpty() ? null : getValue();
    }

    void show(@Nullable String tag) {
        setValue(tag == null ? "" : tag);
    }

    /** A language's name in the user's language: "Persian", or "فارسی" for a Persian-speaking user. */
    static String name(String tag) {
        return Locale.forLanguageTag(tag).getDisplayLanguage(Text.locale());
    }
}
