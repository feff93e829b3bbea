package org.warrant.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Passage;
import org.warrant.maps.Stance;

/**
 * Three people's independent maps of the Jerusalem Post op-ed in the seed data, written by hand with honest
 * disagreements (where a unit starts and ends, whether a point is a claim or a premise, what an objection
 * answers), compared by Warrant and by a simple reference computed here: components matched one to one by
 * the overlap of their character spans, relations compared as (child, parent, polarity). Warrant must rank the
 * three pairs as the reference does on every layer and overall.
 */
class ThreeAnnotatorsTest {

    private static final long ARTICLE = 3;
    private static String body;

    private record Unit(Integer parent, NodeKind kind, Stance stance, String text, String quote) {
    }

    @BeforeAll
    static void readArticle() throws IOException {
        body = Files.readString(Path.of("seed-data/articles/jpost-op-ed.md"), StandardCharsets.UTF_8);
    }

    /** A careful reading: the thesis, three reasons with evidence, the shared-ties objection and its rebuttal. */
    private static List<Unit> amir() {
        return List.of(
                claim("Iran, not Azerbaijan, blocks normal relations", "However, Azerbaijan is not the problematic one in this relationship"),
                premise(0, "Tehran arms Yerevan", "Iran has armed Armenia in the past and continues to operate through Armenia"),
                premise(0, "Interference in Baku's domestic and foreign affairs", "Iran does not respect Azerbaijan’s sovereignty and continually attempts to meddle in both Azerbaijan’s domestic and foreign affairs"),
                evidence(2, Stance.PRO, "The establishment of spy networks and recruitment of Azerbaijani agents is a prime example of this"),
                evidence(2, Stance.PRO, "the attack on the Azerbaijani Embassy in Iran"),
                objection(0, "Shared border, faith and minority", "Iran and Azerbaijan share a land border, they follow the same religion"),
                objection(5, "Ties count only with mutual respect", "good neighborly relations must be based on mutual respect, noninterference in each other’s internal affairs"),
                premise(0, "Baku never attacked", "Azerbaijan has never provoked Iran militarily and has never launched a military operation against Iran"));
    }

    /** Close to Amir's, but cuts some units longer and cites another attack as evidence. */
    private static List<Unit> bahar() {
        return List.of(
                claim("The obstacle is Tehran", "Azerbaijan is not the problematic one in this relationship"),
                premise(0, "Support for Armenia", "Iran has armed Armenia in the past and continues to operate through Armenia, supporting its narrative"),
                premise(0, "Meddling", "Iran does not respect Azerbaijan’s sovereignty and continually attempts to meddle in both Azerbaijan’s domestic and foreign affairs"),
                evidence(2, Stance.PRO, "The establishment of spy networks and recruitment of Azerbaijani agents"),
                evidence(2, Stance.PRO, "the assassination attempt targeting an Azerbaijani member of parliament make it an uphill struggle"),
                objection(0, "Common ground", "Iran and Azerbaijan share a land border, they follow the same religion, and one of the largest minorities"),
                objection(5, "Respect first", "good neighborly relations must be based on mutual respect, noninterference in each other’s internal affairs"),
                premise(0, "The ball is in Tehran's court", "One could argue that the ball is in Iran’s court since Azerbaijan has never provoked Iran militarily and has never launched a military operation against Iran"));
    }

    /** Reads the meddling as the main claim, the thesis as a second one, and hangs the rebuttal elsewhere. */
    private static List<Unit> cyrus() {
        return List.of(
                claim("Tehran interferes with its neighbour", "Iran does not respect Azerbaijan’s sovereignty and continually attempts to meddle"),
                evidence(0, Stance.PRO, "The establishment of spy networks and recruitment of Azerbaijani agents is a prime example of this"),
                evidence(0, Stance.PRO, "the assassination attempt targeting an Azerbaijani member of parliament"),
                claim("Normalisation fails because of Iran", "However, Azerbaijan is not the problematic one in this relationship"),
                premise(3, "Weapons to Armenia", "Iran has armed Armenia"),
                premise(3, "Corridors could unite them", "The two countries could cooperate on the international North-South Transport Corridor"),
                objection(3, "Kinship across the border", "Iran and Azerbaijan share a land border, they follow the same religion, and one of the largest minorities in Iran is Azerbaijani"),
                premise(3, "Respect and sovereignty", "good neighborly relations must be based on mutual respect, noninterference in each other’s internal affairs"));
    }

    @Test
    void warrant_ranks_the_three_pairs_as_the_reference_does_on_every_layer_and_overall() {
        List<List<Unit>> maps = List.of(amir(), bahar(), cyrus());
        Comparison c = PairwiseComparison.compare(new Submissions(1, "Op-ed", List.of(ARTICLE),
                IntStream.range(0, 3).mapToObj(i -> ConsensusTest.submitted(compared(i, maps.get(i)))).toList(), null), (d, t) -> { });
        int[][] pairs = {{0, 1}, {0, 2}, {1, 2}};
        List<Agreement> warrant = new ArrayList<>();
        List<double[]> reference = new ArrayList<>();
        for (int[] p : pairs) {
            warrant.add(c.agreement(p[0], p[1]));
            reference.add(Reference.of(maps.get(p[0]), maps.get(p[1])));
        }
        List<ToDoubleFunction<Agreement>> layers = List.of(Agreement::arguments, Agreement::passages, Agreement::structure,
                Agreement::stance, Agreement::overall);
        for (int layer = 0; layer < layers.size(); layer++) {
            final int l = layer;
            List<Integer> byWarrant = order(i -> layers.get(l).applyAsDouble(warrant.get(i)));
            List<Integer> byReference = order(i -> reference.get(i)[l]);
            assertThat(byWarrant).as("layer %d: warrant %s, reference %s", layer, warrant, reference.stream().map(java.util.Arrays::toString).toList())
                    .isEqualTo(byReference);
        }
        for (int i = 0; i < pairs.length; i++) {
            assertThat(warrant.get(i).arguments()).as("arguments, pair %d", i).isCloseTo(reference.get(i)[0], within(0.005));
        }
    }

    /** The pairs, most agreeing first; the reference has no ties here, so neither may Warrant. */
    private static List<Integer> order(java.util.function.IntToDoubleFunction score) {
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2));
        order.sort(Comparator.comparingDouble(i -> -score.applyAsDouble(i)));
        assertThat(IntStream.range(0, 2).allMatch(i -> score.applyAsDouble(order.get(i)) > score.applyAsDouble(order.get(i + 1))))
                .as("no ties").isTrue();
        return order;
    }

    private static ComparedMap compared(int id, List<Unit> units) {
        List<ComparedNode> nodes = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            int[] span = span(u.quote());
            nodes.add(new ComparedNode(i + 1, u.parent(), u.kind(), u.stance(), u.text(), List.of(Passage.at(ARTICLE, body, span[0], span[1]))));
        }
        return new ComparedMap(id, "Annotator " + id, nodes);
    }

    private static int[] span(String quote) {
        int at = body.indexOf(quote);
        assertThat(at).as("in the article: %s", quote).isNotNegative();
        return new int[] {at, at + quote.length()};
    }

    /** The reference: plain span arithmetic on characters, with no word lists, indexes or optimal assignment. */
    private static final class Reference {

        static double[] of(List<Unit> a, List<Unit> b) {
            int[] match = new int[a.size()];
            java.util.Arrays.fill(match, -1);
            boolean[] taken = new boolean[b.size()];
            List<double[]> candidates = new ArrayList<>(); // {i, j, overlap}
            for (int i = 0; i < a.size(); i++) {
                for (int j = 0; j < b.size(); j++) {
                    double o = jaccard(chars(List.of(a.get(i))), chars(List.of(b.get(j))));
                    if (o >= 0.5) {
                        candidates.add(new double[] {i, j, o});
                    }
                }
            }
            candidates.sort(Comparator.comparingDouble(x -> -x[2]));
            int matched = 0;
            for (double[] x : candidates) {
                int i = (int) x[0], j = (int) x[1];
                if (match[i] < 0 && !taken[j]) {
                    match[i] = j;
                    taken[j] = true;
                    matched++;
                }
            }
            double arguments = 2.0 * matched / (a.size() + b.size());
            double passages = jaccard(chars(a), chars(b));
            int judged = 0, shared = 0, replies = 0, sameStance = 0;
            for (int i = 0; i < a.size(); i++) {
                Unit u = a.get(i);
                if (u.parent() != null && match[i] >= 0) {
                    judged++;
                    Unit v = b.get(match[i]);
                    if (v.parent() != null) {
                        replies++;
                        sameStance += u.stance() == v.stance() ? 1 : 0;
                        shared += v.parent() == match[u.parent()] && u.stance() == v.stance() ? 1 : 0;
                    }
                }
            }
            for (int j = 0; j < b.size(); j++) {
                if (b.get(j).parent() != null && taken[j]) {
                    judged++;
                }
            }
            double structure = judged == 0 ? 0 : 2.0 * shared / judged;
            double stance = replies == 0 ? 0 : (double) sameStance / replies;
            return new double[] {arguments, passages, structure, stance, (arguments + passages + structure + stance) / 4};
        }

        /** The non-space characters the units cite. */
        private static BitSet chars(List<Unit> units) {
            BitSet out = new BitSet();
            for (Unit u : units) {
                int[] s = span(u.quote());
                for (int k = s[0]; k < s[1]; k++) {
                    if (!Character.isWhitespace(body.charAt(k))) {
                        out.set(k);
                    }
                }
            }
            return out;
        }

        private static double jaccard(BitSet x, BitSet y) {
            BitSet both = (BitSet) x.clone();
            both.and(y);
            BitSet either = (BitSet) x.clone();
            either.or(y);
            return either.isEmpty() ? 1 : (double) both.cardinality() / either.cardinality();
        }
    }

    private static Unit claim(String text, String quote) {
        return new Unit(null, NodeKind.CLAIM, Stance.NONE, text, quote);
    }

    private static Unit premise(int parent, String text, String quote) {
        return new Unit(parent, NodeKind.PREMISE, Stance.PRO, text, quote);
    }

    private static Unit objection(int parent, String text, String quote) {
        return new Unit(parent, NodeKind.OBJECTION, Stance.CON, text, quote);
    }

    private static Unit evidence(int parent, Stance stance, String quote) {
        return new Unit(parent, NodeKind.EVIDENCE, stance, quote, quote);
    }
}
