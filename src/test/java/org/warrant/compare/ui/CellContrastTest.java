package org.warrant.compare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellContrastTest {

    @Test
    void every_matrix_cell_has_text_at_a_contrast_of_at_least_four_and_a_half_to_one() {
        for (int score = 0; score <= 100; score++) {
            double alpha = 0.06 + 0.9 * score / 100.0;
            assertThat(CellContrast.bestRatio(alpha)).as("score %d", score).isGreaterThanOrEqualTo(4.5);
        }
        assertThat(CellContrast.whiteReadsBetter(0.96)).isTrue();
        assertThat(CellContrast.whiteReadsBetter(0.06)).isFalse();
    }
}
