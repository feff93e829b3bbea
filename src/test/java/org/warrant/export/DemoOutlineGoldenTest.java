package org.warrant.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.warrant.maps.MapService;
import org.warrant.testing.WarrantTest;

/**
 * The demo maps' outlines, word for word, against golden files. Node ids are random per database and the
 * export date changes, so both are replaced by placeholders before comparing. After a deliberate change to
 * the format, regenerate the files with {@code -Dgolden.update=true} and read the diff.
 */
@WarrantTest
@WithMockUser(username = "student2", roles = "STUDENT")
class DemoOutlineGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Autowired OutlineService outlines;
    @Autowired MapService maps;

    @ParameterizedTest
    @CsvSource({
            "Iran's neutrality in the Qarabagh war harmed its interests, neutrality-harmed-iran.md",
            "'Iran, not Azerbaijan, stands in the way of normal relations', iran-stands-in-the-way.md"})
    void demo_map_outline_matches_its_golden_file(String title, String file) throws IOException {
        long mapId = maps.readableMaps().stream().filter(m -> m.title().equals(title) && m.shared()).findFirst().orElseThrow().id();
        String outline = stable(outlines.export(mapId).markdown());
        Path golden = GOLDEN.resolve(file);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, outline);
        }
        assertThat(outline).isEqualTo(Files.readString(golden));
    }

    static String stable(String markdown) {
        return markdown.replaceAll("<!-- id: [A-Za-z0-9_-]+ -->", "<!-- id: ID -->")
                .replaceFirst("(?m)^- Exported: \\d{4}-\\d{2}-\\d{2}$", "- Exported: DATE");
    }
}
