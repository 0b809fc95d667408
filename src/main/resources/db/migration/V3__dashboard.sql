-- What the dashboard needs to answer fast on a large story. An article points at its newest
-- version, so reading the current text is a join, not a scan of every version. A quote keeps
-- the first article that carries it and how many outlets do, so the quote board can page in
-- any order without counting per row. Each mention of a person keeps its place in the text,
-- for the reader to mark it.

ALTER TABLE articles ADD COLUMN current_version_id bigint REFERENCES article_versions (id);

UPDATE articles a
   SET current_version_id = (SELECT v.id FROM article_versions v WHERE v.article_id = a.id ORDER BY v.version DESC LIMIT 1);

DROP VIEW current_articles;

CREATE VIEW current_articles AS
SELECT a.id, a.source, v.id AS version_id, v.version, v.media_type, v.raw, v.body,
       v.outlet, v.headline, v.byline, v.published, v.words, v.ingested_at, a.created_at
  FROM articles a
  JOIN article_versions v ON v.id = a.current_version_id;

CREATE INDEX article_versions_published ON article_versions (published);

ALTER TABLE quotes ADD COLUMN first_article bigint;
ALTER TABLE quotes ADD COLUMN reach integer NOT NULL DEFAULT 1;

CREATE INDEX quotes_board_by_date ON quotes (said_on, first_article, id);
CREATE INDEX quotes_board_by_reach ON quotes (reach DESC, said_on, id);

CREATE TABLE person_places (
    slug          text    NOT NULL REFERENCES people (slug) ON DELETE CASCADE,
    article_id    bigint  NOT NULL REFERENCES articles (id),
    start_offset  integer NOT NULL,
    end_offset    integer NOT NULL,
    PRIMARY KEY (slug, article_id, start_offset)
);

CREATE INDEX person_places_article ON person_places (article_id);

CREATE INDEX events_timeline ON events (day_from, precision, time_of_day, id);
