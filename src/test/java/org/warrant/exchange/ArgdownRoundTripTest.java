package org.warrant.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.warrant.exchange.argdown.ArgdownTree;
import org.warrant.exchange.argdown.ArgdownWriter;
import org.warrant.exchange.model.MapContent;
import org.warrant.exchange.model.ReadMap;

/** Export to Argdown, read it back: the same nodes, places, kinds, groups, undercuts and quotes, by id. */
class ArgdownRoundTripTest {

    @Test
    void three_hundred_random_maps_come_back_from_argdown_as_they_left() {
        RandomMaps random = new RandomMaps(3);
        for (int i = 0; i < 300; i++) {
            MapContent map = random.next(60);
            String argdown = ArgdownWriter.write(map, LocalDate.of(2026, 12, 4));
            ReadMap read = ArgdownTree.read(argdown);

            assertThat(read.problems()).as(argdown).isEmpty();
            assertThat(read.dropped()).as(argdown).isEmpty();
            assertThat(read.title()).isEqualTo(map.title());
            assertThat(read.articles()).extracting(ReadMap.ArticleKey::key, ReadMap.ArticleKey::id).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("A", 11L), org.assertj.core.groups.Tuple.tuple("B", 12L));
            assertThat(MapShapes.described(read)).as(argdown).isEqualTo(MapShapes.described(map));
        }
    }

    @Test
    void a_ten_level_chain_and_a_claim_with_two_hundred_replies_keep_their_order() {
        RandomMaps random = new RandomMaps(7);
        for (int i = 0; i < 20; i++) {
            MapContent map = random.next(400);
            ReadMap read = ArgdownTree.read(ArgdownWriter.write(map, LocalDate.of(2026, 12, 4)));
            assertThat(read.nodes()).extracting(ReadMap.Node::ref).containsExactlyElementsOf(MapShapes.writtenOrder(map));
        }
    }
}
