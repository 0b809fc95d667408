-- The articles the newsroom has on the story. An article is one source (a seed file, or an
-- editor's upload); every distinct text of it is a version, so a changed seed file adds a
-- version and nothing is ever overwritten or deleted by ingestion. The raw text is kept as
-- given; the body is what remains after page furniture is removed.

CREATE TABLE articles (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source      text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- A seed file is one source whatever its versions; uploads are each their own source.
CREATE UNIQUE INDEX articles_seed_source ON articles (source) WHERE source <> 'upload';

CREATE TABLE article_versions (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id    bigint      NOT NULL REFERENCES articles (id),
    version       integer     NOT NULL,
    content_hash  text        NOT NULL,
    media_type    text        NOT NULL CHECK (media_type IN ('text/plain', 'text/html')),
    raw           text        NOT NULL,
    body          text        NOT NULL,
    outlet        text,
    headline      text,
    byline        text,
    published     date,
    words         integer     NOT NULL,
    ingested_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (article_id, version)
);

-- The same text is one article, however often it is posted or however it is named.
CREATE UNIQUE INDEX article_versions_content ON article_versions (content_hash);

-- What readers see of an article is its newest version.
CREATE VIEW current_articles AS
SELECT DISTINCT ON (v.article_id)
       a.id, a.source, v.id AS version_id, v.version, v.media_type, v.raw, v.body,
       v.outlet, v.headline, v.byline, v.published, v.words, v.ingested_at, a.created_at
  FROM articles a
  JOIN article_versions v ON v.article_id = a.id
 ORDER BY v.article_id, v.version DESC;
