package org.warrant.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warrant.testing.SignedIn.as;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warrant.accounts.Role;
import org.warrant.exchange.picture.DiagramSvg;
import org.warrant.maps.MapNode;
import org.warrant.maps.MapNotFoundException;
import org.warrant.maps.MapService;
import org.warrant.maps.OpenedMap;
import org.warrant.testing.Classroom;
import org.warrant.testing.WarrantTest;
import org.w3c.dom.Document;

/** The diagram drawn on the server: an SVG that is well-formed and self-contained, a PNG at twice its size. */
@WarrantTest
class DiagramServiceTest {

    @Autowired DiagramService diagrams;
    @Autowired ArgdownService argdown;
    @Autowired MapService maps;
    private long demoId;

    @BeforeEach
    void aStudent() {
        as("student" + Classroom.freshSuffix(), Role.STUDENT);
        demoId = maps.readableMaps().stream().filter(m -> m.title().startsWith("Iran's neutrality") && m.shared()).findFirst().orElseThrow().id();
    }

    @Test
    void the_svg_is_well_formed_self_contained_and_names_every_node_with_its_role_and_a_legend() throws Exception {
        String svg = new String(diagrams.svg(demoId, null, true).content(), StandardCharsets.UTF_8);
        Files.createDirectories(Path.of("target/pictures"));
        Files.writeString(Path.of("target/pictures/demo-diagram.svg"), svg);

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg).doesNotContain("<script", "<image", "href=\"http", "@import", "<style", "<foreignObject");
        OpenedMap map = maps.open(demoId);
        assertThat(doc.getElementsByTagName("rect").getLength()).isGreaterThan(map.nodes().size());
        assertThat(svg).contains("CLAIM", "PREMISE", "OBJECTION", "EVIDENCE", "supports", "objects", "undercuts", "co-premises",
                "stroke-dasharray=\"7 4\"", "marker-end=\"url(#con)\"", "marker-end=\"url(#pro)\"");
        assertThat(svg).contains("font-style=\"italic\""); // the quotes
    }

    @Test
    void the_png_is_the_svg_at_twice_its_size() throws Exception {
        byte[] png = diagrams.png(demoId, null, false).content();
        Files.createDirectories(Path.of("target/pictures"));
        Files.write(Path.of("target/pictures/demo-diagram.png"), png);
        double[] size = DiagramSvg.size(new String(diagrams.svg(demoId, null, false).content(), StandardCharsets.UTF_8));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo((int) Math.floor(size[0] * 2));
        assertThat(image.getHeight()).isEqualTo((int) Math.floor(size[1] * 2));
    }

    @Test
    void a_subtree_picture_holds_the_node_and_its_replies_only() {
        OpenedMap map = maps.open(demoId);
        MapNode reason = map.tree().children(map.tree().roots().getFirst().id()).getFirst();
        String svg = new String(diagrams.svg(demoId, reason.id(), false).content(), StandardCharsets.UTF_8);

        int boxes = map.tree().subtree(reason).size();
        assertThat(svg.split("<g class=\"node\">", -1)).hasSize(boxes + 1);
        assertThat(diagrams.svg(demoId, reason.id(), false).fileName()).endsWith("-part-diagram.svg");
    }

    @Test
    void nobody_draws_a_map_they_may_not_read_nor_a_node_of_another_map() {
        OpenedMap map = maps.open(demoId);
        long mine = argdown.importAsMap(new String(argdown.export(demoId).content(), StandardCharsets.UTF_8), "x", null);
        assertThatThrownBy(() -> diagrams.svg(mine, map.nodes().getFirst().id(), false)).isInstanceOf(MapNotFoundException.class);
        as("other" + Classroom.freshSuffix(), Role.STUDENT);
        assertThatThrownBy(() -> diagrams.png(mine, null, false)).isInstanceOf(MapNotFoundException.class);
    }
}
