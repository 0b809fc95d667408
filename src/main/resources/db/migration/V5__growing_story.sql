-- A story grows one article at a time. The merge log holds every analysis merged into the story,
-- in the order it was merged: a full merge takes the articles in that order again, so it gives
-- the story the same items and ids the additions gave it; and a node that merges next catches up
-- on what another node merged by reading the log on from where it stopped. An article analysed
-- anew (a new version of it, or the rules upgraded) gets a new analysis number, and the story is
-- merged again as a whole. These are the machine's tables, like the story's items.

CREATE SEQUENCE article_analyses_number;

ALTER TABLE article_analyses ADD COLUMN number bigint;

UPDATE article_analyses r SET number = n.number
  FROM (SELECT article_id, row_number() OVER (ORDER BY article_id) AS number FROM article_analyses) n
 WHERE n.article_id = r.article_id;

SELECT setval('article_analyses_number', coalesce((SELECT max(number) FROM article_analyses), 0) + 1, false);

ALTER TABLE article_analyses ALTER COLUMN number SET DEFAULT nextval('article_analyses_number');
ALTER TABLE article_analyses ALTER COLUMN number SET NOT NULL;

CREATE TABLE story_merge_log (
    seq              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id       bigint      NOT NULL UNIQUE REFERENCES articles (id),
    analysis_number  bigint      NOT NULL,
    merged_at        timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- The story's merge: when it was last merged (null: never), how many full merges it has had (a
-- node whose copy of the story is from an earlier one reads it again), the version of the merge
-- rules it was last merged with as a whole, and a full merge asked for (why, and how far it is).
ALTER TABLE story_merges ALTER COLUMN merged_at DROP NOT NULL;
ALTER TABLE story_merges ADD COLUMN generation integer NOT NULL DEFAULT 0;
ALTER TABLE story_merges ADD COLUMN rules integer NOT NULL DEFAULT 0;
ALTER TABLE story_merges ADD COLUMN full_merge_reason text;
ALTER TABLE story_merges ADD COLUMN full_merge_requested timestamptz;
ALTER TABLE story_merges ADD COLUMN full_merge_progress integer CHECK (full_merge_progress BETWEEN 0 AND 100);

INSERT INTO story_merges (id, merged_at, people, quotes, events) VALUES (1, NULL, 0, 0, 0) ON CONFLICT (id) DO NOTHING;

-- Where an item went when a full merge made it part of another (two quotes found to be one, a
-- person an editor parted): editors' notes, statuses and corrections followed it there, and old
-- links to it lead there.
CREATE TABLE item_successors (
    item_type  text        NOT NULL CHECK (item_type IN ('quote', 'event', 'person')),
    old_id     text        NOT NULL,
    new_id     text        NOT NULL,
    at         timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (item_type, old_id)
);

-- A long article is analysed a section at a time; between sections it goes back to the queue
-- (with what its sections so far said) when other articles wait, so it never holds them up.
ALTER TABLE analysis_jobs ADD COLUMN sections_done integer NOT NULL DEFAULT 0;
ALTER TABLE analysis_jobs ADD COLUMN partial jsonb;
