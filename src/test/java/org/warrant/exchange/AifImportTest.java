package org.warrant.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.warrant.testing.SignedIn.as;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warrant.accounts.Role;
import org.warrant.maps.MapNotFoundException;
import org.warrant.maps.MapService;
import org.warrant.maps.OpenedMap;
import org.warrant.testing.Classroom;
import org.warrant.testing.WarrantTest;

/** AIF JSON in and out of the running application. */
@WarrantTest
class AifImportTest {

    @Autowired AifService aif;
    @Autowired MapService maps;
    private long demoId;

    @BeforeEach
    void aStudentWithTheDemoMap() {
        as("student" + Classroom.freshSuffix(), Role.STUDENT);
        demoId = maps.readableMaps().stream().filter(m -> m.title().startsWith("Iran's neutrality") && m.shared()).findFirst().orElseThrow().id();
    }

    @Test
    void a_demo_map_exported_as_aif_and_imported_again_is_the_same_map_with_its_quotes_in_place() {
        String json = new String(aif.export(demoId).content(), StandardCharsets.UTF_8);

        long copy = aif.importAsMap(json, "unused", null);

        OpenedMap original = maps.open(demoId);
        OpenedMap imported = maps.open(copy);
        assertThat(imported.map().title()).isEqualTo(original.map().title());
        assertThat(shape(imported)).isEqualTo(shape(original));
    }

    @Test
    void an_ova_file_with_no_articles_asks_for_one_and_becomes_a_map_of_it() throws Exception {
        String ova = Files.readString(Path.of("src/test/resources/aif/ova-qarabagh.json"));
        MapFileRejectedException e = catchThrowableOfType(MapFileRejectedException.class, () -> aif.importAsMap(ova, "From OVA", null));
        assertThat(e.needsArticle()).isTrue();

        long id = aif.importAsMap(ova, "From OVA", maps.open(demoId).map().articleIds().getFirst());

        assertThat(maps.open(id).map().title()).isEqualTo("From OVA");
        assertThat(maps.open(id).nodes()).hasSize(8).anySatisfy(n -> assertThat(n.undercut()).isTrue());
    }

    @Test
    void another_students_map_is_not_found_as_aif() {
        long mine = aif.importAsMap(new String(aif.export(demoId).content(), StandardCharsets.UTF_8), "x", null);
        as("other" + Classroom.freshSuffix(), Role.STUDENT);
        assertThatThrownBy(() -> aif.export(mine)).isInstanceOf(MapNotFoundException.class);
    }

    private static java.util.List<String> shape(OpenedMap map) {
        return map.tree().inTreeOrder().stream().map(n -> String.join(" | ", n.ref(),
                n.parentId() == null ? "-" : map.node(n.parentId()).ref(), n.kind().name(), n.stance().name(), n.text(),
                String.valueOf(n.reasonGroup() != null), String.valueOf(n.undercut()),
                map.citationsOf(n.id()).stream().map(c -> c.articleId() + ":" + c.startOffset() + "-" + c.endOffset()).toList().toString()))
                .sorted().toList();
    }
}
