package org.warrant.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.warrant.testing.SignedIn.as;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.warrant.accounts.Role;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapNotFoundException;
import org.warrant.maps.MapService;
import org.warrant.maps.OpenedMap;
import org.warrant.sources.ArticleService;
import org.warrant.testing.Classroom;
import org.warrant.testing.WarrantTest;

/** Argdown in and out of the running application: as a new map, into a map (updating, not duplicating), refused whole. */
@WarrantTest
class ArgdownImportTest {

    @Autowired ArgdownService argdown;
    @Autowired MapService maps;
    @Autowired ArticleService articles;
    private final String student = "student" + Classroom.freshSuffix();
    private long demoId;

    @BeforeEach
    void aStudentWithTheDemoMap() {
        as(student, Role.STUDENT);
        demoId = maps.readableMaps().stream().filter(m -> m.title().startsWith("Iran's neutrality") && m.shared()).findFirst().orElseThrow().id();
    }

    @Test
    void a_demo_map_exported_and_imported_as_a_new_map_has_the_same_nodes_ids_and_quoted_passages() {
        String text = text(argdown.export(demoId));

        long copy = argdown.importAsMap(text, "unused", null);

        OpenedMap original = maps.open(demoId);
        OpenedMap imported = maps.open(copy);
        assertThat(imported.map().title()).isEqualTo(original.map().title());
        assertThat(imported.map().articleIds()).isEqualTo(original.map().articleIds());
        assertThat(described(imported)).isEqualTo(described(original));
        assertThat(text(argdown.export(copy))).isEqualTo(text);
    }

    @Test
    void argdown_imported_into_its_own_map_updates_the_changed_text_and_adds_only_the_new_statement() {
        long mine = argdown.importAsMap(text(argdown.export(demoId)), "unused", null);
        OpenedMap before = maps.open(mine);
        MapNode claim = before.tree().roots().getFirst();
        String edited = text(argdown.export(mine)).replaceFirst("(?m)^\\[" + claim.ref() + "\\]: .*$",
                "[" + claim.ref() + "]: Iran's neutrality cost it dearly.\n  - [fresh]: Iran kept both neighbours as partners.");

        ImportedIntoMap done = argdown.importInto(mine, edited);

        OpenedMap after = maps.open(mine);
        assertThat(done.updated()).isEqualTo(1);
        assertThat(done.added()).isEqualTo(1);
        assertThat(after.nodes()).hasSize(before.nodes().size() + 1);
        assertThat(after.node(claim.id()).text()).isEqualTo("Iran's neutrality cost it dearly.");
        assertThat(done.dropped()).isEmpty();
        assertThat(after.tree().children(claim.id())).last().satisfies(n -> {
            assertThat(n.text()).isEqualTo("Iran kept both neighbours as partners.");
            assertThat(n.ref()).isEqualTo("fresh");
        });
    }

    @Test
    void a_node_the_file_puts_elsewhere_stays_in_place_and_the_import_says_so() {
        long mine = argdown.importAsMap(text(argdown.export(demoId)), "unused", null);
        OpenedMap before = maps.open(mine);
        MapNode reason = before.tree().children(before.tree().roots().getFirst().id()).getFirst();
        String moved = "[" + reason.ref() + "]: " + reason.text() + "\n"; // now a claim of its own

        ImportedIntoMap done = argdown.importInto(mine, moved);

        assertThat(maps.open(mine).node(reason.id()).parentId()).isEqualTo(reason.parentId());
        assertThat(done.added()).isZero();
        assertThat(done.dropped()).singleElement().asString().contains("stays where it is");
    }

    @Test
    void a_quote_not_in_the_article_is_refused_with_its_line_and_nothing_is_written() {
        int mapsBefore = maps.readableMaps().size();
        String wrong = """
                ===
                title: Hand-written
                articles:
                  A: {title: "%s"}
                ===

                [Claim]: Iran lost out.
                  + [Quote]: A quote. {kind: evidence, quote: "words that are in no article at all"}
                  + [Bad data]: Broken. {kind: evidence, quote: "unclosed}
                """.formatted(articles.find(maps.open(demoId).map().articleIds().getFirst()).orElseThrow().title());

        MapFileRejectedException e = catchThrowableOfType(MapFileRejectedException.class, () -> argdown.importAsMap(wrong, "x", null));

        assertThat(e.problems()).extracting(p -> p.line()).contains(8, 9);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("not in"));
        assertThat(maps.readableMaps()).hasSize(mapsBefore);
    }

    @Test
    void argdown_that_names_no_article_asks_for_one_and_imports_with_the_one_chosen() {
        String plain = "[Claim]: Iran lost out.\n  - [Reply]: It did not.\n";
        MapFileRejectedException e = catchThrowableOfType(MapFileRejectedException.class, () -> argdown.importAsMap(plain, "Mine", null));
        assertThat(e.needsArticle()).isTrue();

        long id = argdown.importAsMap(plain, "Mine", maps.open(demoId).map().articleIds().getFirst());

        assertThat(maps.open(id).map().title()).isEqualTo("Mine");
        assertThat(maps.open(id).tree().inTreeOrder()).extracting(MapNode::text).containsExactly("Iran lost out.", "It did not.");
    }

    @Test
    void nobody_reads_or_changes_another_students_map_through_argdown() {
        long mine = argdown.importAsMap(text(argdown.export(demoId)), "unused", null);
        as("other" + Classroom.freshSuffix(), Role.STUDENT);
        assertThatThrownBy(() -> argdown.export(mine)).isInstanceOf(MapNotFoundException.class);
        assertThatThrownBy(() -> argdown.importInto(mine, "[x]: An intrusion.")).isInstanceOfAny(MapNotFoundException.class, AccessDeniedException.class);
        assertThatThrownBy(() -> argdown.importInto(demoId, "[x]: An intrusion.")).isInstanceOfAny(MapNotFoundException.class, AccessDeniedException.class);
    }

    private static String text(ExportedFile file) {
        return new String(file.content(), StandardCharsets.UTF_8);
    }

    /** Each node as its ref, parent's ref, kind, stance, text, co-premise and undercut flags, and passages. */
    private static List<String> described(OpenedMap map) {
        return map.tree().inTreeOrder().stream().map(n -> String.join(" | ", n.ref(),
                n.parentId() == null ? "-" : map.node(n.parentId()).ref(), n.kind().name(), n.stance().name(), n.text(),
                String.valueOf(n.reasonGroup() != null), String.valueOf(n.undercut()),
                map.citationsOf(n.id()).stream().map(c -> c.articleId() + ":" + c.startOffset() + "-" + c.endOffset()).toList().toString())).toList();
    }
}
