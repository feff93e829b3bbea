package org.warrant.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RandomCodesTest {

    @Test
    void codes_have_the_length_asked_and_only_the_alphabets_characters() {
        for (int i = 0; i < 200; i++) {
            assertThat(RandomCodes.secret(8, RandomCodes.READABLE_UPPER)).hasSize(8).matches("[A-HJKMNP-Z2-9]+");
            assertThat(RandomCodes.unique(10, RandomCodes.READABLE)).hasSize(10).matches("[a-km-np-z2-9]+");
        }
    }

    @Test
    void readable_alphabets_leave_out_look_alike_characters() {
        assertThat(RandomCodes.READABLE).doesNotContain("l", "o", "0", "1");
        assertThat(RandomCodes.READABLE_UPPER).doesNotContain("I", "L", "O", "0", "1");
    }

    @Test
    void a_thousand_codes_do_not_repeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(RandomCodes.secret(12, RandomCodes.READABLE));
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void grouped_puts_the_separator_between_groups_only() {
        assertThat(RandomCodes.grouped("k3f9a2x7qd8m", 4, '-')).isEqualTo("k3f9-a2x7-qd8m");
        assertThat(RandomCodes.grouped("abc", 4, '-')).isEqualTo("abc");
    }
}
