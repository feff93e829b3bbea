package org.warrant.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.warrant.testing.SignedIn;
import org.warrant.testing.WarrantTest;

/** Each user's own interface language, kept in the database: set, changed, and never another user's. */
@WarrantTest
class InterfaceLanguageTest {

    @Autowired InterfaceLanguage languages;
    @Autowired AccountAdministration admin;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_users_choice_is_kept_changed_and_theirs_alone() {
        String first = "lang-a-" + System.nanoTime() % 100_000;
        String second = "lang-b-" + System.nanoTime() % 100_000;
        admin.create(first, "First", Role.STUDENT);
        admin.create(second, "Second", Role.STUDENT);

        SignedIn.as(first, Role.STUDENT);
        assertThat(languages.chosen()).isEmpty();
        languages.choose("fa");
        languages.choose("en");
        languages.choose("fa");
        assertThat(languages.chosen()).contains("fa");

        SignedIn.as(second, Role.STUDENT);
        assertThat(languages.chosen()).as("another user's choice is not this one's").isEmpty();
    }

    @Test
    @WithMockUser(username = "student1", roles = "STUDENT")
    void a_tag_that_is_not_a_language_tag_is_refused_and_nothing_is_stored() {
        languages.choose("en");
        assertThatThrownBy(() -> languages.choose("fa'; DROP TABLE user_preference; --")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> languages.choose("x".repeat(40))).isInstanceOf(IllegalArgumentException.class);
        assertThat(languages.chosen()).contains("en");
    }

    @Test
    void no_one_signed_in_has_no_choice_to_read_or_make() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> languages.chosen()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> languages.choose("fa")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
