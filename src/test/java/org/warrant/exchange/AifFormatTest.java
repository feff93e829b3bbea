package org.warrant.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.warrant.exchange.aif.AifReader;
import org.warrant.exchange.aif.AifWriter;
import org.warrant.exchange.model.MapContent;
import org.warrant.exchange.model.ReadMap;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** AIF JSON out and in: AIFdb's and OVA's shapes read as the argument they draw, Warrant's own written and read back whole. */
class AifFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"aifdb-qarabagh.json", "ova-qarabagh.json"})
    void aifdb_and_ova_files_read_as_a_claim_with_reasons_co_premises_an_objection_and_an_undercut(String file) throws Exception {
        ReadMap read = AifReader.read(Files.readString(Path.of("src/test/resources/aif", file)));

        assertThat(read.problems()).isEmpty();
        assertThat(read.nodes()).extracting(n -> n.parent() == null ? null : read.nodes().get(n.parent()).text(), ReadMap.Node::kind,
                ReadMap.Node::stance, ReadMap.Node::undercut, ReadMap.Node::text).containsExactly(
                tuple(null, NodeKind.CLAIM, Stance.NONE, false, "Iran's neutrality in the Qarabagh war harmed its interests"),
                tuple("Iran's neutrality in the Qarabagh war harmed its interests", NodeKind.PREMISE, Stance.PRO, false,
                        "Iran lost influence in the South Caucasus"),
                tuple("Iran lost influence in the South Caucasus", NodeKind.PREMISE, Stance.PRO, false, "Turkey filled the gap Iran left"),
                tuple("Iran's neutrality in the Qarabagh war harmed its interests", NodeKind.OBJECTION, Stance.CON, false,
                        "Iran's trade with Azerbaijan grew during the war"),
                tuple("Iran's neutrality in the Qarabagh war harmed its interests", NodeKind.PREMISE, Stance.PRO, false,
                        "Iran stayed passive while the region was redrawn"),
                tuple("Iran stayed passive while the region was redrawn", NodeKind.OBJECTION, Stance.CON, true, "Iran mediated behind the scenes"),
                tuple("Iran's neutrality in the Qarabagh war harmed its interests", NodeKind.PREMISE, Stance.PRO, false,
                        "Whoever stays passive while a region is redrawn loses influence there"),
                tuple(null, NodeKind.CLAIM, Stance.NONE, false, "Iran lost its foothold in the Caucasus"));
        ReadMap.Node passive = read.nodes().get(4);
        assertThat(passive.group()).isEqualTo(4);
        assertThat(read.nodes().get(6).group()).isEqualTo(4);
        assertThat(read.dropped()).anySatisfy(d -> assertThat(d).contains("L-node"))
                .anySatisfy(d -> assertThat(d).contains("YA-node")).anySatisfy(d -> assertThat(d).contains("MA-node"));
    }

    @Test
    void three_hundred_random_maps_come_back_from_aif_as_they_left() {
        RandomMaps random = new RandomMaps(11);
        for (int i = 0; i < 300; i++) {
            MapContent map = random.next(60);
            String json = AifWriter.write(map, LocalDate.of(2026, 12, 4));
            ReadMap read = AifReader.read(json);

            assertThat(read.problems()).as(json).isEmpty();
            assertThat(read.dropped()).as(json).allSatisfy(d -> assertThat(d).containsAnyOf("L-node", "YA-node"));
            assertThat(read.title()).isEqualTo(map.title());
            assertThat(MapShapes.described(read)).as(json).isEqualTo(MapShapes.described(map));
        }
    }

    @Test
    void co_premises_share_one_inference_an_undercut_attacks_it_and_a_quote_is_a_located_locution() throws Exception {
        RandomMaps random = new RandomMaps(5);
        MapContent map = random.next(80);
        JsonNode aif = JsonMapper.builder().build().readTree(AifWriter.write(map, LocalDate.of(2026, 12, 4)));

        List<JsonNode> nodes = aif.path("nodes").valueStream().toList();
        List<JsonNode> edges = aif.path("edges").valueStream().toList();
        assertThat(nodes).extracting(n -> n.path("type").asString()).contains("I", "RA", "CA", "L", "YA");
        for (JsonNode ra : nodes.stream().filter(n -> n.path("type").asString().equals("RA")).toList()) {
            String id = ra.path("nodeID").asString();
            assertThat(edges.stream().filter(e -> e.path("fromID").asString().equals(id))).as("an RA has one conclusion").hasSize(1);
            assertThat(edges.stream().filter(e -> e.path("toID").asString().equals(id))).as("and at least one premise").isNotEmpty();
        }
        assertThat(aif.path("locutions").valueStream()).allSatisfy(l -> {
            assertThat(l.path("source").asString()).isNotBlank();
            assertThat(l.path("end").asInt()).isGreaterThan(l.path("start").asInt());
        });
    }

    @Test
    void broken_json_and_json_that_is_not_aif_are_refused_with_the_reason() {
        assertThat(AifReader.read("{\"nodes\": [ {\"nodeID\": \"1\",, }").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("JSON is broken at line 1"));
        assertThat(AifReader.read("{\"title\": \"a map\"}").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("no AIF"));
        assertThat(AifReader.read("[".repeat(100_000)).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("JSON is broken"));
    }
}
