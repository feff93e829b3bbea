package org.warrant.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;

class CompareReportTest {

    static Comparison comparison() {
        TestMap hostile = new TestMap();
        int claim = hostile.claim("# Not a heading <script>alert(1)</script> *bold*");
        hostile.add(claim, NodeKind.PREMISE, Stance.PRO, "=HYPERLINK(\"http://evil\")");
        TestMap plain = new TestMap();
        plain.premise(plain.claim("Not a heading script alert bold"), "Plain premise");
        return PairwiseComparison.compare(new Submissions(1, "Week 3", List.of(TestMap.ARTICLE), List.of(
                ConsensusTest.submitted(hostile.build(1, "=cmd|' /C calc'!A0")), ConsensusTest.submitted(plain.build(2, "Nigar, A."))),
                AgreementTest.original().build(3, "Answer key")), (d, t) -> { });
    }

    @Test
    void the_markdown_report_names_every_map_pair_and_the_key_and_keeps_typed_text_literal() {
        String md = CompareReport.markdown(comparison(), 2, LocalDate.of(2026, 11, 23), ZoneOffset.UTC);

        assertThat(md).startsWith("# Comparison: Week 3");
        assertThat(md).contains("## Maps", "## Agreement between maps", "## Against the answer key", "## Consensus: what at least 2 of 2 maps share");
        assertThat(md).contains("**Nigar, A.:**", "**=cmd|' /C calc'!A0 and Nigar, A.:**".replace("|", "\\|"));
        assertThat(md).contains("- **Claim** # Not a heading \\<script\\>alert(1)\\</script\\> \\*bold\\* (2 of 2");
        assertThat(md).doesNotContain("<script>");
    }

    @Test
    void the_csv_has_a_row_per_map_and_defuses_spreadsheet_formulas() {
        String[] rows = CompareReport.csv(comparison(), ZoneOffset.UTC).split("\r\n");

        assertThat(rows).hasSize(3);
        assertThat(rows[0]).startsWith("map,submitted,late,last_edit,nodes,").contains("key_overall", "agreement_with Nigar");
        assertThat(rows[1]).startsWith("'=cmd|' /C calc'!A0,");
        assertThat(rows[2]).startsWith("\"Nigar, A.\",");
        assertThat(cells(rows[1])).hasSameSizeAs(cells(rows[0]));
        assertThat(cells(rows[0])[cells(rows[0]).length - 1]).isEqualTo("\"agreement_with Nigar, A.\"");
    }

    /** The row's cells, splitting at commas outside quotes. */
    private static String[] cells(String row) {
        return row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
    }

    @Test
    void cells_are_quoted_as_rfc_4180_says() {
        assertThat(CompareReport.cell("say \"hi\", then go")).isEqualTo("\"say \"\"hi\"\", then go\"");
        assertThat(CompareReport.cell("-1")).isEqualTo("'-1");
        assertThat(CompareReport.cell("0.50")).isEqualTo("0.50");
    }
}
