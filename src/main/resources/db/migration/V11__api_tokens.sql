-- API tokens: how integrations (a CMS, a script) call the API without a password. Each acts for
-- the editor who created it. Only a SHA-256 of the token is kept: the token itself is shown once,
-- when it is created, and cannot be read back from here. A revoked token stays, marked, so the
-- audit log's entries about it keep their meaning.
CREATE TABLE api_tokens (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    account     text        NOT NULL,
    token_hash  text        NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    hint        text        NOT NULL,
    created     timestamptz NOT NULL DEFAULT clock_timestamp(),
    last_used   timestamptz,
    revoked     timestamptz,
    revoked_by  text,
    CHECK ((revoked IS NULL) = (revoked_by IS NULL))
);
