-- Editors' work: notes, quote statuses and corrections of the machine, and the audit log of
-- every editor's write. These tables are the editors' alone: a re-analysis replaces the
-- machine's people, quotes and events, never a row here. Each editable row carries a version,
-- so that two editors changing the same thing cannot overwrite each other unawares.

-- A note on a passage of an article, a quote, an event or a person. A passage is held the way
-- a W3C Web Annotation text selector holds it (the exact words, some words before and after,
-- and where they were), so it can be found again in a changed version of the article.
CREATE TABLE notes (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    target_type   text        NOT NULL CHECK (target_type IN ('passage', 'quote', 'event', 'person')),
    target_id     text        NOT NULL,
    target_label  text        NOT NULL,
    exact         text,
    prefix        text,
    suffix        text,
    start_offset  integer,
    end_offset    integer,
    body          text        NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 10000),
    tags          text[]      NOT NULL DEFAULT '{}',
    author        text        NOT NULL,
    created       timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated       timestamptz NOT NULL DEFAULT clock_timestamp(),
    version       integer     NOT NULL DEFAULT 1,
    CHECK (target_type <> 'passage' OR (exact IS NOT NULL AND start_offset IS NOT NULL AND end_offset IS NOT NULL))
);

CREATE INDEX notes_target ON notes (target_type, target_id);
CREATE INDEX notes_tags ON notes USING gin (tags);
CREATE INDEX notes_created ON notes (created DESC, id DESC);

-- An editor's verdict on a quote. Disputed and corrected say why.
CREATE TABLE quote_statuses (
    quote_id    text        PRIMARY KEY,
    quote_text  text        NOT NULL,
    status      text        NOT NULL CHECK (status IN ('unverified', 'verified', 'disputed', 'corrected')),
    note        text,
    author      text        NOT NULL,
    updated     timestamptz NOT NULL DEFAULT clock_timestamp(),
    version     integer     NOT NULL DEFAULT 1,
    CHECK (status IN ('unverified', 'verified') OR length(btrim(coalesce(note, ''))) > 0)
);

-- Who really said a quote, where the machine got it wrong: a person of the story or, for a
-- speaker who is not one (a document, an unnamed official), how the text names them.
CREATE TABLE quote_corrections (
    quote_id       text        PRIMARY KEY,
    quote_text     text        NOT NULL,
    speaker        text,
    speaker_label  text,
    author         text        NOT NULL,
    updated        timestamptz NOT NULL DEFAULT clock_timestamp(),
    version        integer     NOT NULL DEFAULT 1,
    CHECK ((speaker IS NULL) <> (speaker_label IS NULL))
);

-- When an event happened and what it was, where the machine got it wrong.
CREATE TABLE event_corrections (
    event_id    text        PRIMARY KEY,
    summary     text,
    day_from    date,
    day_to      date,
    precision   text CHECK (precision IN ('day', 'week', 'month')),
    author      text        NOT NULL,
    updated     timestamptz NOT NULL DEFAULT clock_timestamp(),
    version     integer     NOT NULL DEFAULT 1,
    CHECK (summary IS NOT NULL OR day_from IS NOT NULL),
    CHECK ((day_from IS NULL) = (day_to IS NULL) AND (day_from IS NULL) = (precision IS NULL))
);

-- A person's name as the newsroom writes it, where the machine chose another spelling.
CREATE TABLE person_corrections (
    slug     text        PRIMARY KEY,
    name     text        NOT NULL CHECK (length(btrim(name)) > 0),
    author   text        NOT NULL,
    updated  timestamptz NOT NULL DEFAULT clock_timestamp(),
    version  integer     NOT NULL DEFAULT 1
);

-- Two names the machine took for one person that are two people: every merge keeps them apart.
CREATE TABLE person_splits (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person     text        NOT NULL,
    name       text        NOT NULL,
    apart_from text        NOT NULL,
    author     text        NOT NULL,
    created    timestamptz NOT NULL DEFAULT clock_timestamp(),
    UNIQUE (name, apart_from)
);

-- The machine's own values beside the corrected ones, so an editor always sees both.
ALTER TABLE quotes ADD COLUMN machine_speaker text;
ALTER TABLE quotes ADD COLUMN machine_speaker_label text;
ALTER TABLE quotes ADD COLUMN corrected boolean NOT NULL DEFAULT false;
ALTER TABLE events ADD COLUMN machine_summary text;
ALTER TABLE events ADD COLUMN machine_day_from date;
ALTER TABLE events ADD COLUMN machine_day_to date;
ALTER TABLE events ADD COLUMN machine_precision text;
ALTER TABLE events ADD COLUMN corrected boolean NOT NULL DEFAULT false;
ALTER TABLE people ADD COLUMN machine_name text;

-- Every editor's write: who, when, what, the value before and after. Append-only, in SQL: a
-- bug or a hurried script cannot rewrite history.
CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    editor      text        NOT NULL,
    action      text        NOT NULL,
    item_type   text        NOT NULL,
    item_id     text        NOT NULL,
    item_label  text        NOT NULL,
    before      jsonb,
    after       jsonb
);

CREATE INDEX audit_log_recent ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_item ON audit_log (item_type, item_id);
CREATE INDEX audit_log_editor ON audit_log (editor);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % is not allowed', TG_OP;
END
$$;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
