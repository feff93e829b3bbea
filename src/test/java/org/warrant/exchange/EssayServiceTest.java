package org.warrant.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warrant.testing.SignedIn.as;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.warrant.accounts.Role;
import org.warrant.maps.MapEditService;
import org.warrant.maps.MapNotFoundException;
import org.warrant.maps.MapService;
import org.warrant.maps.NodeKind;
import org.warrant.maps.Stance;
import org.warrant.testing.Classroom;
import org.warrant.testing.WarrantTest;

/** The essay plan as a printable page and as a PDF with its fonts embedded, Persian and Azerbaijani included. */
@WarrantTest
class EssayServiceTest {

    @Autowired EssayService essays;
    @Autowired MapService maps;
    @Autowired MapEditService edits;
    private long demoId;

    @BeforeEach
    void aStudent() {
        as("student" + Classroom.freshSuffix(), Role.STUDENT);
        demoId = maps.readableMaps().stream().filter(m -> m.title().startsWith("Iran's neutrality") && m.shared()).findFirst().orElseThrow().id();
    }

    @Test
    void the_essay_plan_numbers_claims_and_replies_and_gives_each_quote_its_reference() {
        String html = new String(essays.html(demoId).content(), StandardCharsets.UTF_8);

        assertThat(html).contains("<span class=\"num\">1</span> <span class=\"role\">Claim</span>", "<span class=\"num\">1.1</span>",
                "<span class=\"num\">1.1.1</span>", "<blockquote dir=\"auto\">", "¶ ", "characters ", "<h2>Sources</h2>", "@media print");
    }

    @Test
    void the_pdf_has_the_map_in_numbered_sections_in_embedded_fonts_including_persian_and_azerbaijani_words() throws Exception {
        long id = maps.create("نقشه‌ی استدلال: Azərbaycan", null, maps.open(demoId).map().articleIds());
        var claim = edits.add(id, null, null, NodeKind.CLAIM, Stance.NONE, "بی‌طرفی ایران در جنگ قره‌باغ به منافعش آسیب زد.");
        edits.add(id, claim.id(), null, NodeKind.PREMISE, Stance.PRO, "Azərbaycan İranla yaxşı qonşuluq istəyir.");
        edits.add(id, claim.id(), null, NodeKind.OBJECTION, Stance.CON, "Iran kept its doors open to both sides.");

        byte[] pdf = essays.pdf(id).content();
        Files.createDirectories(Path.of("target/pictures"));
        Files.write(Path.of("target/pictures/persian-essay-plan.pdf"), pdf);
        Files.write(Path.of("target/pictures/demo-essay-plan.pdf"), essays.pdf(demoId).content());

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("1.1", "1.2", "Azərbaycan İranla yaxşı qonşuluq istəyir.", "Iran kept its doors open");
            assertThat(text.replaceAll("\\s", "")).containsAnyOf("بی‌طرفی", "بیطرفی", "ایران");
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("Vazirmatn");
            }
        }
    }

    @Test
    void another_students_map_has_no_essay_plan_for_a_stranger() {
        long mine = maps.create("Mine", null, maps.open(demoId).map().articleIds());
        as("other" + Classroom.freshSuffix(), Role.STUDENT);
        assertThatThrownBy(() -> essays.pdf(mine)).isInstanceOf(MapNotFoundException.class);
    }
}
