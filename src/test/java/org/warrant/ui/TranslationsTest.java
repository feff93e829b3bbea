package org.warrant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.warrant.assignments.WorkStatus;
import org.warrant.accounts.Role;
import org.warrant.maps.NodeKind;
import org.warrant.maps.NodeRole;
import org.warrant.sources.ArticleKind;

/** The two message bundles: the same keys, every key the code asks for, placeholders that match. */
class TranslationsTest {

    private final Translations translations = new Translations();
    private final Properties english = translations.bundle(Translations.ENGLISH);
    private final Properties persian = translations.bundle(Translations.PERSIAN);

    /** t("key"), Counted.of(n, "key"), and a web component's say(this, 'key'). */
    private static final Pattern ASKED = Pattern.compile("(?:\\bt\\(|Text\\.t\\(|Counted\\.of\\([^,]+, |say\\(\\w+, )[\"']([a-z][a-z0-9.-]*[a-z0-9])[\"']");

    @Test
    void english_and_persian_have_the_same_keys() {
        assertThat(new TreeSet<>(persian.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    }

    @Test
    void every_persian_text_is_written_in_persian_with_the_english_placeholders() {
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String fa = persian.getProperty(key);
            assertThat(fa).as(key).isNotBlank();
            assertThat(placeholders(fa)).as(key).isEqualTo(placeholders(en));
            boolean words = en.replaceAll("Warrant|Markdown", "").chars().filter(Character::isLetter).count() > 3; // names stay
            if (words) {
                assertThat(fa).as(key + " is not English left untranslated").containsPattern("[\\u0600-\\u06FF]");
            }
        }
    }

    @Test
    void every_key_the_code_asks_for_is_in_the_bundles() throws IOException {
        Set<String> asked = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("frontend/components")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".js")).toList()) {
                Matcher m = ASKED.matcher(Files.readString(file));
                while (m.find()) {
                    asked.add(m.group(1));
                }
            }
        }
        assertThat(asked).hasSizeGreaterThan(400);
        Set<String> missing = new TreeSet<>();
        for (String key : asked) {
            boolean counted = english.containsKey(key + ".one") && english.containsKey(key + ".other");
            if (!english.containsKey(key) && !counted && !isPrefix(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void every_name_built_from_an_enum_is_in_the_bundles() {
        Set<String> built = new HashSet<>();
        Arrays.stream(NodeRole.values()).forEach(r -> built.add("node-role." + r.name()));
        Arrays.stream(NodeKind.values()).forEach(k -> built.addAll(Set.of("node-kind." + k.name(), "outline.new." + k.name())));
        Arrays.stream(Role.values()).forEach(r -> built.add("role." + r.name()));
        Arrays.stream(WorkStatus.values()).forEach(s -> built.add("work-status." + s.name()));
        Arrays.stream(ArticleKind.values()).forEach(k -> built.add("article-kind." + k.name()));
        assertThat(english.stringPropertyNames()).containsAll(built);
    }

    @Test
    void placeholders_are_filled_without_quoting_rules_and_numbers_in_persian_digits() {
        assertThat(translations.getTranslation("maps.duplicated", Translations.ENGLISH, "Iran's case")).isEqualTo("Duplicated “Iran's case”.");
        assertThat(translations.getTranslation("assignments.handed-in", Translations.PERSIAN, 3, 1200)).isEqualTo("۳ از ۱٬۲۰۰ تحویل شده");
        assertThat(translations.getTranslation("no.such.key", Translations.PERSIAN)).isEqualTo("⟦no.such.key⟧");
        assertThat(translations.getTranslation("maps.duplicated", Translations.PERSIAN, "Why neutrality?"))
                .as("an English title in a Persian sentence keeps its own direction").isEqualTo("از «\u2068Why neutrality?\u2069» رونوشت گرفته شد.");
        assertThat(translations.getTranslation("maps.duplicated", Translations.ENGLISH, "بی‌طرفی ایران؟"))
                .as("and a Persian one in an English sentence").isEqualTo("Duplicated “\u2068بی‌طرفی ایران؟\u2069”.");
        assertThat(translations.getTranslation("maps.heading", java.util.Locale.forLanguageTag("fa-IR"))).isEqualTo("نقشه‌ها");
        assertThat(translations.getTranslation("maps.heading", java.util.Locale.GERMAN)).isEqualTo("Maps");
    }

    @Test
    void a_texts_direction_is_that_of_its_first_strong_letter() {
        assertThat(Text.rightToLeft("«بی‌طرفی» cost Iran")).isTrue();
        assertThat(Text.rightToLeft("1994: Iran's «بی‌طرفی»")).isFalse();
        assertThat(Text.rightToLeft("۱۹۹۴")).isFalse();
    }

    /** A key built on in code ("node-role." + name), checked by the test above. */
    private boolean isPrefix(String key) {
        return english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key + "."));
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
