package org.warrant.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warrant.exchange.argdown.ArgdownTree;
import org.warrant.exchange.argdown.ArgdownWriter;
import org.warrant.exchange.model.MapContent;
import org.warrant.exchange.model.ReadMap;
import org.warrant.testing.ArgdownParser;

/** Warrant's Argdown, read by the real Argdown parser (@argdown/core from npm, run with the project's Node). */
@Tag("h2")
class ArgdownAgainstTheParserTest {

    @TempDir
    Path folder;

    @Test
    void argdown_written_by_hand_in_the_syntax_guides_styles_imports_as_the_parser_reads_it() throws Exception {
        Path handWritten = Path.of("src/test/resources/argdown");
        Map<String, ReadMap> imported = new HashMap<>();
        try (var files = Files.list(handWritten)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".argdown")).toList()) {
                String name = file.getFileName().toString().replace(".argdown", "");
                Files.copy(file, folder.resolve(file.getFileName()));
                imported.put(name, ArgdownTree.read(Files.readString(file)));
            }
        }
        ArgdownParser.Parsed parsed = ArgdownParser.parse(folder);

        assertThat(imported).hasSize(3);
        imported.forEach((name, read) -> {
            var file = parsed.files().get(name);
            assertThat(file.path("errors").size()).as(name + ": " + file.path("errors")).isZero();
            assertThat(read.problems()).as(name).isEmpty();
            assertThat(read.dropped()).as(name).isEmpty();
            ArgdownReading byParser = ArgdownReading.parsed(file);
            ArgdownReading byWarrant = ArgdownReading.imported(read);
            assertThat(byWarrant.statements()).as(name).isEqualTo(byParser.statements());
            assertThat(byWarrant.relations()).as(name).isEqualTo(byParser.relations());
        });
    }

    @Test
    void five_hundred_random_maps_export_to_argdown_the_parser_reads_as_the_same_statements_and_relations() throws Exception {
        RandomMaps random = new RandomMaps(18);
        Map<String, MapContent> maps = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            MapContent map = random.next(i < 450 ? 25 : 120);
            String name = "random-%03d".formatted(i);
            maps.put(name, map);
            Files.writeString(folder.resolve(name + ".argdown"), ArgdownWriter.write(map, LocalDate.of(2026, 12, 4)));
        }
        ArgdownParser.Parsed parsed = ArgdownParser.parse(folder);

        assertThat(parsed.files()).hasSize(500);
        maps.forEach((name, map) -> {
            var file = parsed.files().get(name);
            assertThat(file.path("errors").size()).as(name + ": " + file.path("errors")).isZero();
            ArgdownReading read = ArgdownReading.parsed(file);
            ArgdownReading expected = ArgdownReading.expected(map);
            assertThat(read.statements()).as(name).isEqualTo(expected.statements());
            assertThat(read.relations()).as(name).isEqualTo(expected.relations());
        });
    }
}
