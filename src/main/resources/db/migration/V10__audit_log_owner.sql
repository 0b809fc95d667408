-- The audit log belongs to a role of its own, storydesk_audit, that nobody logs in as: the role
-- the app works as may read the log and add to it, but can neither switch its trigger off nor
-- drop it, even where the app and the migrations share one database user. Creating that role
-- needs CREATEROLE; where the migrating user has none (the embedded database's owner, which the
-- app never works as), or may not hand the table over, the log stays with the schema's owner and
-- the app's own role is kept apart by the grants (afterMigrate__grants.sql).
DO $$
DECLARE
    may_create_roles boolean;
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'storydesk_audit') THEN
        SELECT rolsuper OR rolcreaterole INTO may_create_roles FROM pg_roles WHERE rolname = current_user;
        IF NOT may_create_roles THEN
            RAISE NOTICE 'The audit log stays owned by %: creating the role storydesk_audit needs CREATEROLE', current_user;
            RETURN;
        END IF;
        CREATE ROLE storydesk_audit NOLOGIN;
    END IF;
    BEGIN
        -- Handing a table to a role needs acting as it, for a moment.
        GRANT storydesk_audit TO CURRENT_USER;
        ALTER TABLE audit_log OWNER TO storydesk_audit;
        ALTER FUNCTION audit_log_is_append_only() OWNER TO storydesk_audit;
        GRANT SELECT, INSERT ON audit_log TO CURRENT_USER WITH GRANT OPTION;
        REVOKE storydesk_audit FROM CURRENT_USER;
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE NOTICE 'The audit log stays owned by %: it may not be handed to storydesk_audit (%)', current_user, SQLERRM;
    END;
END
$$;
