-- The language of an article's text (BCP 47, e.g. 'fa', 'az', 'en'), guessed from its letters at import and
-- corrected with the text; null when the letters don't tell (issue 19). The reader marks the text with it.
ALTER TABLE article ADD COLUMN language VARCHAR(16);
