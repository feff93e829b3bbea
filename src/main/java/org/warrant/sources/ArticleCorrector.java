package org.warrant.sources;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.warrant.shared.SqlTime;

/**
 * Writes a correction of an article's text as its next revision, in one transaction: the article and its
 * blocks, the replaced text with who, when and why, and the re-anchored citations ({@link CorrectionImpact}).
 * No access check: {@link ArticleService} checks.
 */
@Component
class ArticleCorrector {

    static final int MAX_NOTE_LENGTH = 500;

    /** A corrected text checked against the stored article. */
    record Checked(Article article, AnchorSpace space) {
    }

    private final ArticleRepository articles;
    private final JdbcClient jdbc;
    private final ObjectProvider<CorrectionImpact> impacts;
    private final Clock clock;
    private final int maxTextChars;

    ArticleCorrector(ArticleRepository articles, JdbcClient jdbc, ObjectProvider<CorrectionImpact> impacts, Clock clock,
                     @Value("${warrant.import.max-text-chars:2000000}") int maxTextChars) {
        this.articles = articles;
        this.jdbc = jdbc;
        this.impacts = impacts;
        this.clock = clock;
        this.maxTextChars = maxTextChars;
    }

    Checked check(long articleId, String text) {
        Article article = articles.findById(articleId)
                .orElseThrow(() -> new ArticleRejectedException("That article is no longer in the library."));
        AnchorSpace space = AnchorSpace.layout(ArticleText.blocks(text == null ? "" : text));
        if (space.blocks().stream().noneMatch(b -> b.kind() == BlockKind.PARAGRAPH)) {
            throw new ArticleRejectedException("The corrected text has no paragraph left; an article needs at least one.");
        }
        if (space.body().length() > maxTextChars) {
            throw new ArticleRejectedException("The text has %,d characters; Warrant takes at most %,d per article."
                    .formatted(space.body().length(), maxTextChars));
        }
        if (space.body().equals(article.body())) {
            throw new ArticleRejectedException("The text is unchanged: there is no correction to save yet.");
        }
        articles.findByContentHash(space.contentHash()).filter(other -> !other.id().equals(articleId)).ifPresent(other -> {
            throw new ArticleRejectedException("The corrected text is exactly the text of “" + other.title()
                    + "”, already in the library; change it or use that article.");
        });
        return new Checked(article, space);
    }

    CorrectionImpact.Impact preview(Checked c) {
        return impact().preview(c.article().id(), c.article().body(), c.space().body());
    }

    @Transactional
    CorrectionImpact.Impact correct(long articleId, int basedOnRevision, String text, String note, String by) {
        String why = note == null ? "" : note.strip();
        if (why.isEmpty() || why.length() > MAX_NOTE_LENGTH) {
            throw new ArticleRejectedException("Say in a few words (at most " + MAX_NOTE_LENGTH
                    + " characters) what you corrected: everyone whose map cites this article sees it.");
        }
        Checked c = check(articleId, text);
        int moved = jdbc.sql("UPDATE article SET revision = revision + 1 WHERE id = ? AND revision = ?")
                .params(articleId, basedOnRevision).update();
        if (moved == 0 || c.article().revision() != basedOnRevision) {
            throw new StaleArticleException(currentRevision(articleId));
        }
        Article corrected = articles.save(c.article().corrected(c.space()));
        CorrectionImpact.Impact impact = impact().apply(articleId, c.article().body(), corrected.body(), corrected.title());
        jdbc.sql("""
                        INSERT INTO article_revision (article_id, revision, previous_body, note, corrected_by, corrected_at, moved, orphaned)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(articleId, corrected.revision(), c.article().body(), why, by, SqlTime.of(clock.instant()),
                        impact.moved(), impact.orphaned())
                .update();
        return impact;
    }

    List<ArticleRevision> revisions(long articleId) {
        return jdbc.sql("""
                        SELECT revision, note, corrected_by, corrected_at, moved, orphaned FROM article_revision
                        WHERE article_id = ? ORDER BY revision DESC""")
                .param(articleId)
                .query((rs, i) -> new ArticleRevision(rs.getInt("revision"), rs.getString("note"), rs.getString("corrected_by"),
                        rs.getObject("corrected_at", java.time.OffsetDateTime.class).toInstant(), rs.getInt("moved"), rs.getInt("orphaned")))
                .list();
    }

    private int currentRevision(long articleId) {
        return jdbc.sql("SELECT revision FROM article WHERE id = ?").param(articleId).query(Integer.class).optional().orElse(0);
    }

    private CorrectionImpact impact() {
        return impacts.getIfAvailable(() -> new CorrectionImpact() {
            @Override
            public Impact preview(long articleId, String previousBody, String correctedBody) {
                return Impact.NONE;
            }

            @Override
            public Impact apply(long articleId, String previousBody, String correctedBody, String articleTitle) {
                return Impact.NONE;
            }
        });
    }
}
