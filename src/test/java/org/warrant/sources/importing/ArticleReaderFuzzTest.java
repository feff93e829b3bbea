package org.warrant.sources.importing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.springframework.util.unit.DataSize;
import org.warrant.sources.ArticleDraft;
import org.warrant.sources.ArticleRejectedException;

/**
 * Every article reader (txt, md, html, pdf) turns any bytes into an article draft or refuses them with a
 * message: no other exception, no stack overflow, no endless loop.
 */
class ArticleReaderFuzzTest {

    private static final String[] NAMES = {"article.txt", "article.md", "article.html", "article.pdf"};
    private final ArticleFileReader reader = new ArticleFileReader(DataSize.ofKilobytes(512), 200_000);

    @FuzzTest(maxDuration = "5m")
    void any_file_is_read_or_refused_with_a_message(FuzzedDataProvider data) {
        String name = data.pickValue(NAMES);
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            ArticleDraft draft = reader.read(name, bytes);
            if (draft.title() == null || draft.title().isBlank()) {
                throw new IllegalStateException("an article without a title from " + name);
            }
        } catch (ArticleRejectedException refused) {
            if (refused.getMessage() == null || refused.getMessage().isBlank()) {
                throw new IllegalStateException("a refusal without words", refused);
            }
        }
    }
}
