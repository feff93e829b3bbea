-- An article's text can be corrected (issue 17): article.revision counts the corrections, and each correction
-- keeps the text it replaced, who made it, when, and why. Citations are re-anchored in the same transaction.
ALTER TABLE article ADD COLUMN revision INT NOT NULL DEFAULT 1;

CREATE TABLE article_revision (
    article_id    BIGINT       NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    revision      INT          NOT NULL, -- the revision this correction made
    previous_body CLOB         NOT NULL,
    note          VARCHAR(500) NOT NULL,
    corrected_by  VARCHAR(64)  NOT NULL,
    corrected_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    moved         INT          NOT NULL, -- citations found again elsewhere in the corrected text
    orphaned      INT          NOT NULL, -- citations that could not be placed with confidence
    PRIMARY KEY (article_id, revision)
);
