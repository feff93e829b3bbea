package org.warrant.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.warrant.exchange.model.MapContent;
import org.warrant.maps.MapService;
import org.warrant.maps.MapSummary;
import org.warrant.testing.ArgdownParser;
import org.warrant.testing.WarrantTest;

/** Every demo map, exported by the running application, read by the real Argdown parser as the map it is. */
@WarrantTest
@Tag("h2")
@WithMockUser(username = "instructor", roles = "INSTRUCTOR")
class DemoMapsAgainstTheArgdownParserTest {

    @Autowired ArgdownService argdown;
    @Autowired MapContents contents;
    @Autowired MapService maps;
    @TempDir Path folder;

    @Test
    void every_demo_map_exports_to_argdown_the_parser_reads_without_error_as_the_same_statements_and_relations() throws Exception {
        Map<String, MapContent> exported = new HashMap<>();
        for (MapSummary m : maps.readableMaps()) {
            Files.write(folder.resolve("map-" + m.id() + ".argdown"), argdown.export(m.id()).content());
            exported.put("map-" + m.id(), contents.of(m.id()));
        }
        ArgdownParser.Parsed parsed = ArgdownParser.parse(folder);

        assertThat(maps.readableMaps()).extracting(MapSummary::title).contains("Iran's neutrality in the Qarabagh war harmed its interests");
        assertThat(exported).hasSizeGreaterThanOrEqualTo(3);
        assertThat(exported.values().stream().mapToInt(m -> m.tree().inTreeOrder().size()).sum()).isGreaterThan(40);
        exported.forEach((name, map) -> {
            var file = parsed.files().get(name);
            assertThat(file.path("errors").size()).as(name + ": " + file.path("errors")).isZero();
            assertThat(file.path("title").asString()).isEqualTo(map.title());
            ArgdownReading read = ArgdownReading.parsed(file);
            ArgdownReading expected = ArgdownReading.expected(map);
            assertThat(read.statements()).as(name).isEqualTo(expected.statements());
            assertThat(read.relations()).as(name).isEqualTo(expected.relations());
        });
    }
}
