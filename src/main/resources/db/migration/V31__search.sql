-- Full-text search over what the desk holds: every article's headline and body, and every quote's words,
-- as PostgreSQL's own text search reads English (stems, no stop words). Each is kept as a tsvector beside
-- its text, computed by the database whenever the text is written, and found through a GIN index; a
-- headline weighs more than the body it heads. Only current versions are searched (the query joins them).

ALTER TABLE article_versions ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(headline, '')), 'A') || setweight(to_tsvector('english', body), 'B')) STORED;
CREATE INDEX article_versions_search ON article_versions USING gin (search);

ALTER TABLE quotes ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;
CREATE INDEX quotes_search ON quotes USING gin (search);

-- An article's current version, found from the version: the search walks versions and keeps the current ones.
CREATE INDEX articles_current_version ON articles (current_version_id);
