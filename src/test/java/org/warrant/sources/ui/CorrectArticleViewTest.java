package org.warrant.sources.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warrant.testing.SignedIn.as;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warrant.accounts.Role;
import org.warrant.sources.ArticleDraft;
import org.warrant.sources.ArticleKind;
import org.warrant.sources.ArticleService;
import org.warrant.testing.Classroom;
import org.warrant.testing.WarrantTest;

@WarrantTest
class CorrectArticleViewTest extends SpringBrowserlessTest {

    @Autowired ArticleService articles;

    private long anArticle(String suffix) {
        as("teach" + suffix, Role.INSTRUCTOR);
        return articles.importArticle(new ArticleDraft("Typos " + suffix, null, null, null, null, ArticleKind.NEWS, List.of(
                ArticleDraft.DraftBlock.heading(1, "Background"),
                ArticleDraft.DraftBlock.paragraph("The goverment in Baku answered on Monday (" + suffix + ").")))).articleId();
    }

    @Test
    void an_instructor_checks_a_correction_then_saves_it_with_a_note_and_the_reader_shows_the_revision() {
        long id = anArticle(Classroom.freshSuffix());
        CorrectArticleView view = navigate("articles/" + id + "/correct", CorrectArticleView.class);
        assertThat(view.text.getValue()).startsWith("# Background\n\nThe goverment in Baku");
        assertThat(view.save.isEnabled()).as("saving waits for a check").isFalse();

        test(view.text).setValue(view.text.getValue().replace("goverment", "government"));
        test(view.check).click();
        assertThat(view.effect.getElement().getTextRecursively()).isEqualTo("No map cites this article: nothing else changes.");
        test(view.note).setValue("Fixed “goverment”");
        test(view.save).click();

        ReaderView reader = (ReaderView) getCurrentView();
        assertThat(reader.getElement().getTextRecursively()).contains("The government in Baku")
                .contains("Revision 2: corrected by teach").contains("(“Fixed “goverment””)");
    }

    @Test
    void an_unchanged_text_is_refused_on_check_and_the_reader_offers_correction_to_instructors_only() {
        long id = anArticle(Classroom.freshSuffix());
        CorrectArticleView view = navigate("articles/" + id + "/correct", CorrectArticleView.class);
        test(view.check).click();
        assertThat(view.notice.getElement().getTextRecursively()).contains("The text is unchanged");
        assertThat(view.save.isEnabled()).isFalse();

        ReaderView asInstructor = navigate("articles/" + id, ReaderView.class);
        assertThat($(RouterLink.class).from(asInstructor).all()).extracting(RouterLink::getText).contains("Correct the text");
        as("student" + Classroom.freshSuffix(), Role.STUDENT);
        ReaderView asStudent = navigate("articles/" + id, ReaderView.class);
        assertThat($(RouterLink.class).from(asStudent).all()).extracting(RouterLink::getText).doesNotContain("Correct the text");
    }
}
