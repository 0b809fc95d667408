-- Stories: the newsroom's unit of work. A story has a slug (its id in links and the API, kept when it
-- is renamed), a name, a short description and a state (open, archived). An article is on one or more
-- stories, or on none (taken out of every story, it is kept and stays findable). Everything the
-- analysis makes of a story (its people, quotes and events, its merge log) and everything editors do
-- with it (notes, statuses, corrections, people kept apart, the History) is the story's own: the same
-- article on two stories gives the same quote id in each, so items are keyed by (story, id).
--
-- What the desk held before is carried into the first story, named by storydesk.seed-story; a desk
-- with no articles yet gets its first story when its seeds are ingested.

CREATE TABLE stories (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Lower-case words and digits joined by hyphens, never digits alone: /stories/123 is an article's old link.
    slug         text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND slug !~ '^[0-9]+$' AND length(slug) <= 80),
    name         text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
    description  text        NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
    state        text        NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'archived')),
    created      timestamptz NOT NULL DEFAULT clock_timestamp(),
    created_by   text        NOT NULL,
    updated      timestamptz NOT NULL DEFAULT clock_timestamp(),
    version      integer     NOT NULL DEFAULT 1
);

-- Two stories may not share a name, whatever its case or surrounding spaces: editors tell them apart by it.
CREATE UNIQUE INDEX stories_name ON stories (lower(btrim(name)));

-- Which articles are on which story, and since when.
CREATE TABLE story_articles (
    story_id    bigint      NOT NULL REFERENCES stories (id),
    article_id  bigint      NOT NULL REFERENCES articles (id),
    added       timestamptz NOT NULL DEFAULT clock_timestamp(),
    added_by    text        NOT NULL,
    PRIMARY KEY (story_id, article_id)
);

CREATE INDEX story_articles_article ON story_articles (article_id);
CREATE INDEX story_articles_added ON story_articles (story_id, added DESC);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM articles) THEN
        INSERT INTO stories (id, slug, name, created_by) OVERRIDING SYSTEM VALUE
        VALUES (1, '${seedStorySlug}', '${seedStory}', 'Story Desk');
        INSERT INTO story_articles (story_id, article_id, added, added_by)
        SELECT 1, id, created_at, 'Story Desk' FROM articles;
    END IF;
END
$$;

SELECT setval(pg_get_serial_sequence('stories', 'id'), coalesce((SELECT max(id) FROM stories), 0) + 1, false);

-- The machine's items, per story. Rows from before are the first story's (a desk without articles has none).
ALTER TABLE person_mentions DROP CONSTRAINT person_mentions_slug_fkey;
ALTER TABLE person_places DROP CONSTRAINT person_places_slug_fkey;
ALTER TABLE quote_sources DROP CONSTRAINT quote_sources_quote_id_fkey;
ALTER TABLE event_people DROP CONSTRAINT event_people_event_id_fkey;
ALTER TABLE event_sources DROP CONSTRAINT event_sources_event_id_fkey;

ALTER TABLE people ADD COLUMN story_id bigint NOT NULL DEFAULT 1;
ALTER TABLE person_mentions ADD COLUMN story_id bigint NOT NULL DEFAULT 1;
ALTER TABLE person_places ADD COLUMN story_id bigint NOT NULL DEFAULT 1;
ALTER TABLE quotes ADD COLUMN story_id bigint NOT NULL DEFAULT 1;
ALTER TABLE quote_sources ADD COLUMN story_id bigint NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN story_id bigint NOT NULL DEFAULT 1;
ALTER TABLE event_people ADD COLUMN story_id bigint NOT NULL DEFAULT 1;
ALTER TABLE event_sources ADD COLUMN story_id bigint NOT NULL DEFAULT 1;

ALTER TABLE people ALTER COLUMN story_id DROP DEFAULT;
ALTER TABLE person_mentions ALTER COLUMN story_id DROP DEFAULT;
ALTER TABLE person_places ALTER COLUMN story_id DROP DEFAULT;
ALTER TABLE quotes ALTER COLUMN story_id DROP DEFAULT;
ALTER TABLE quote_sources ALTER COLUMN story_id DROP DEFAULT;
ALTER TABLE events ALTER COLUMN story_id DROP DEFAULT;
ALTER TABLE event_people ALTER COLUMN story_id DROP DEFAULT;
ALTER TABLE event_sources ALTER COLUMN story_id DROP DEFAULT;

ALTER TABLE people DROP CONSTRAINT people_pkey, ADD PRIMARY KEY (story_id, slug),
    ADD FOREIGN KEY (story_id) REFERENCES stories (id);
ALTER TABLE person_mentions DROP CONSTRAINT person_mentions_pkey, ADD PRIMARY KEY (story_id, slug, article_id),
    ADD FOREIGN KEY (story_id, slug) REFERENCES people (story_id, slug) ON DELETE CASCADE;
ALTER TABLE person_places DROP CONSTRAINT person_places_pkey, ADD PRIMARY KEY (story_id, slug, article_id, start_offset),
    ADD FOREIGN KEY (story_id, slug) REFERENCES people (story_id, slug) ON DELETE CASCADE;
ALTER TABLE quotes DROP CONSTRAINT quotes_pkey, ADD PRIMARY KEY (story_id, id),
    ADD FOREIGN KEY (story_id) REFERENCES stories (id);
ALTER TABLE quote_sources DROP CONSTRAINT quote_sources_pkey, ADD PRIMARY KEY (story_id, quote_id, article_id, part, start_offset),
    ADD FOREIGN KEY (story_id, quote_id) REFERENCES quotes (story_id, id) ON DELETE CASCADE;
ALTER TABLE events DROP CONSTRAINT events_pkey, ADD PRIMARY KEY (story_id, id),
    ADD FOREIGN KEY (story_id) REFERENCES stories (id);
ALTER TABLE event_people DROP CONSTRAINT event_people_pkey, ADD PRIMARY KEY (story_id, event_id, slug),
    ADD FOREIGN KEY (story_id, event_id) REFERENCES events (story_id, id) ON DELETE CASCADE;
ALTER TABLE event_sources DROP CONSTRAINT event_sources_pkey, ADD PRIMARY KEY (story_id, event_id, article_id, start_offset),
    ADD FOREIGN KEY (story_id, event_id) REFERENCES events (story_id, id) ON DELETE CASCADE;

-- The dashboard's indexes, each now within a story (every panel shows one).
DROP INDEX person_mentions_article;
CREATE INDEX person_mentions_article ON person_mentions (story_id, article_id);
DROP INDEX person_places_article;
CREATE INDEX person_places_article ON person_places (story_id, article_id);
DROP INDEX quotes_speaker;
CREATE INDEX quotes_speaker ON quotes (story_id, speaker);
DROP INDEX quotes_said_on;
CREATE INDEX quotes_said_on ON quotes (story_id, said_on);
DROP INDEX quotes_board_by_date;
CREATE INDEX quotes_board_by_date ON quotes (story_id, said_on, first_article, id);
DROP INDEX quotes_board_by_reach;
CREATE INDEX quotes_board_by_reach ON quotes (story_id, reach DESC, said_on, id);
DROP INDEX quote_sources_article;
CREATE INDEX quote_sources_article ON quote_sources (story_id, article_id);
DROP INDEX events_days;
CREATE INDEX events_days ON events (story_id, day_from, day_to);
DROP INDEX events_timeline;
CREATE INDEX events_timeline ON events (story_id, day_from, precision, time_of_day, id);
DROP INDEX event_people_slug;
CREATE INDEX event_people_slug ON event_people (story_id, slug);
DROP INDEX event_sources_article;
CREATE INDEX event_sources_article ON event_sources (story_id, article_id);

-- Each story's merge: its own log, generation, rules and full merge asked for. look_again says something
-- may wait for it (an analysis of one of its articles, an article added or taken out), so the merger
-- looks at the stories that say so, not at every story every time.
ALTER TABLE story_merges DROP CONSTRAINT story_merges_id_check;
ALTER TABLE story_merges RENAME COLUMN id TO story_id;
ALTER TABLE story_merges ALTER COLUMN story_id TYPE bigint;
DELETE FROM story_merges WHERE story_id NOT IN (SELECT id FROM stories);
ALTER TABLE story_merges ADD FOREIGN KEY (story_id) REFERENCES stories (id);
ALTER TABLE story_merges ADD COLUMN look_again boolean NOT NULL DEFAULT true;

ALTER TABLE story_merge_log ADD COLUMN story_id bigint NOT NULL DEFAULT 1;
ALTER TABLE story_merge_log ALTER COLUMN story_id DROP DEFAULT;
ALTER TABLE story_merge_log DROP CONSTRAINT story_merge_log_article_id_key;
ALTER TABLE story_merge_log ADD UNIQUE (story_id, article_id), ADD FOREIGN KEY (story_id) REFERENCES stories (id);
CREATE INDEX story_merge_log_article ON story_merge_log (article_id);

ALTER TABLE item_successors ADD COLUMN story_id bigint NOT NULL DEFAULT 1;
ALTER TABLE item_successors ALTER COLUMN story_id DROP DEFAULT;
ALTER TABLE item_successors DROP CONSTRAINT item_successors_pkey, ADD PRIMARY KEY (story_id, item_type, old_id);

-- Editors' work, per story.
ALTER TABLE quote_statuses ADD COLUMN story_id bigint NOT NULL DEFAULT 1;
ALTER TABLE quote_corrections ADD COLUMN story_id bigint NOT NULL DEFAULT 1;
ALTER TABLE event_corrections ADD COLUMN story_id bigint NOT NULL DEFAULT 1;
ALTER TABLE person_corrections ADD COLUMN story_id bigint NOT NULL DEFAULT 1;
ALTER TABLE person_splits ADD COLUMN story_id bigint NOT NULL DEFAULT 1;
ALTER TABLE notes ADD COLUMN story_id bigint NOT NULL DEFAULT 1;
ALTER TABLE quote_statuses ALTER COLUMN story_id DROP DEFAULT;
ALTER TABLE quote_corrections ALTER COLUMN story_id DROP DEFAULT;
ALTER TABLE event_corrections ALTER COLUMN story_id DROP DEFAULT;
ALTER TABLE person_corrections ALTER COLUMN story_id DROP DEFAULT;
ALTER TABLE person_splits ALTER COLUMN story_id DROP DEFAULT;
ALTER TABLE notes ALTER COLUMN story_id DROP DEFAULT;

ALTER TABLE quote_statuses DROP CONSTRAINT quote_statuses_pkey, ADD PRIMARY KEY (story_id, quote_id),
    ADD FOREIGN KEY (story_id) REFERENCES stories (id);
ALTER TABLE quote_corrections DROP CONSTRAINT quote_corrections_pkey, ADD PRIMARY KEY (story_id, quote_id),
    ADD FOREIGN KEY (story_id) REFERENCES stories (id);
ALTER TABLE event_corrections DROP CONSTRAINT event_corrections_pkey, ADD PRIMARY KEY (story_id, event_id),
    ADD FOREIGN KEY (story_id) REFERENCES stories (id);
ALTER TABLE person_corrections DROP CONSTRAINT person_corrections_pkey, ADD PRIMARY KEY (story_id, slug),
    ADD FOREIGN KEY (story_id) REFERENCES stories (id);
ALTER TABLE person_splits DROP CONSTRAINT person_splits_name_apart_from_key, ADD UNIQUE (story_id, name, apart_from),
    ADD FOREIGN KEY (story_id) REFERENCES stories (id);

-- A note may also be on a whole article ("wire copy: do not cite") or on the story itself ("legal has read this").
ALTER TABLE notes DROP CONSTRAINT notes_target_type_check;
ALTER TABLE notes ADD CHECK (target_type IN ('passage', 'article', 'quote', 'event', 'person', 'story'));
ALTER TABLE notes ADD FOREIGN KEY (story_id) REFERENCES stories (id);
DROP INDEX notes_target;
CREATE INDEX notes_target ON notes (story_id, target_type, target_id);
DROP INDEX notes_created;
CREATE INDEX notes_created ON notes (story_id, created DESC, id DESC);

-- The History, per story: each entry names its story (none: the desk's own, such as API tokens). Entries
-- from before are the first story's, the only one there was. The log may belong to a role of its own
-- (V10): acting as it for a moment is how its owner adds a column to it, and nothing else changes.
DO $$
DECLARE
    owner text;
BEGIN
    SELECT tableowner INTO owner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'audit_log';
    IF owner <> current_user THEN
        EXECUTE format('GRANT %I TO CURRENT_USER', owner);
    END IF;
    IF EXISTS (SELECT 1 FROM stories WHERE id = 1) THEN
        -- A column's default fills the rows it is added to without updating them: the log's trigger stays untouched.
        ALTER TABLE audit_log ADD COLUMN story_id bigint DEFAULT 1;
        ALTER TABLE audit_log ALTER COLUMN story_id DROP DEFAULT;
    ELSE
        ALTER TABLE audit_log ADD COLUMN story_id bigint;
    END IF;
    CREATE INDEX audit_log_story ON audit_log (story_id, at DESC, id DESC);
    IF owner <> current_user THEN
        EXECUTE format('REVOKE %I FROM CURRENT_USER', owner);
    END IF;
END
$$;

-- Read models: what a feature publishes of its tables for other features to read. Another feature's SQL
-- names these views, never the tables behind them (ArchitectureTest checks it), so a feature may change
-- its tables as long as its views keep answering the same.
CREATE VIEW story_members AS                -- the stories': which articles are on which story
SELECT story_id, article_id, added FROM story_articles;

CREATE VIEW person_articles AS              -- the people's: who is mentioned in which article of a story
SELECT story_id, slug, article_id, mentions FROM person_mentions;

CREATE VIEW person_names AS                 -- the people's: a person of a story and the name the desk shows
SELECT story_id, slug, name FROM people;

CREATE VIEW quote_speakers AS               -- the quotes': who said each quote of a story, as the desk shows it
SELECT story_id, id AS quote_id, speaker FROM quotes;

CREATE VIEW speaker_corrections AS          -- the quotes': when editors last corrected who said what, per story
SELECT story_id, count(*) AS corrections, max(updated) AS last FROM quote_corrections GROUP BY story_id;

CREATE VIEW story_merge_state AS            -- the analysis's: when each story was last merged, and how many items it has
SELECT story_id, merged_at, people, quotes, events FROM story_merges;
