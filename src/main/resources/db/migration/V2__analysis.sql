-- The analysis of the story. Each article's analysis is a job row that any app node can claim
-- (FOR UPDATE SKIP LOCKED), so work spreads across nodes and a restart redoes nothing that is done.
-- What an article says (its people, quotes and events) is kept per article as the pipeline found
-- it; the story's people, quotes and events are merged from those and replaced whole on every
-- merge. These are the machine's tables: editors' work never lives here.

CREATE TABLE analysis_jobs (
    article_id   bigint      PRIMARY KEY REFERENCES articles (id),
    version_id   bigint      NOT NULL REFERENCES article_versions (id),
    state        text        NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'failed')),
    error        text,
    attempts     integer     NOT NULL DEFAULT 0,
    claimed_by   text,
    claimed_at   timestamptz,
    finished_at  timestamptz,
    took_ms      integer,
    queued_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX analysis_jobs_waiting ON analysis_jobs (article_id) WHERE state = 'pending';

CREATE TABLE article_analyses (
    article_id   bigint      PRIMARY KEY REFERENCES articles (id),
    version_id   bigint      NOT NULL REFERENCES article_versions (id),
    result       jsonb       NOT NULL,
    analysed_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE people (
    slug              text   PRIMARY KEY,
    name              text   NOT NULL,
    roles             text[] NOT NULL,
    variants          text[] NOT NULL,
    flagged_variants  text[] NOT NULL,
    gender            text
);

CREATE TABLE person_mentions (
    slug        text    NOT NULL REFERENCES people (slug) ON DELETE CASCADE,
    article_id  bigint  NOT NULL REFERENCES articles (id),
    mentions    integer NOT NULL,
    PRIMARY KEY (slug, article_id)
);

CREATE INDEX person_mentions_article ON person_mentions (article_id);

CREATE TABLE quotes (
    id             text PRIMARY KEY,
    text           text NOT NULL,
    kind           text NOT NULL CHECK (kind IN ('full', 'partial')),
    speaker        text,
    speaker_label  text,
    rule           text,
    said_on        date,
    full_quote     text
);

CREATE INDEX quotes_speaker ON quotes (speaker);
CREATE INDEX quotes_said_on ON quotes (said_on);

CREATE TABLE quote_sources (
    quote_id        text    NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
    article_id      bigint  NOT NULL REFERENCES articles (id),
    part            text    NOT NULL CHECK (part IN ('body', 'headline')),
    start_offset    integer NOT NULL,
    end_offset      integer NOT NULL,
    text            text    NOT NULL,
    sentence_start  integer NOT NULL,
    sentence_end    integer NOT NULL,
    PRIMARY KEY (quote_id, article_id, part, start_offset)
);

CREATE INDEX quote_sources_article ON quote_sources (article_id);

CREATE TABLE events (
    id           text PRIMARY KEY,
    day_from     date NOT NULL,
    day_to       date NOT NULL,
    precision    text NOT NULL CHECK (precision IN ('day', 'week', 'month')),
    time_of_day  text,
    summary      text NOT NULL
);

CREATE INDEX events_days ON events (day_from, day_to);

CREATE TABLE event_people (
    event_id  text NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    slug      text NOT NULL,
    PRIMARY KEY (event_id, slug)
);

CREATE INDEX event_people_slug ON event_people (slug);

CREATE TABLE event_sources (
    event_id      text    NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    article_id    bigint  NOT NULL REFERENCES articles (id),
    start_offset  integer NOT NULL,
    end_offset    integer NOT NULL,
    sentence      text    NOT NULL,
    PRIMARY KEY (event_id, article_id, start_offset)
);

CREATE INDEX event_sources_article ON event_sources (article_id);

-- When the story was last merged, so anyone can tell whether the panels show every finished analysis.
CREATE TABLE story_merges (
    id          integer     PRIMARY KEY CHECK (id = 1),
    merged_at   timestamptz NOT NULL,
    people      integer     NOT NULL,
    quotes      integer     NOT NULL,
    events      integer     NOT NULL
);
