-- After every migration run, as the schema's owner: the role the app works as (${appRole}) may
-- read and write the desk's rows and nothing more. On the audit log it may only read and add, so
-- what is recorded stays recorded; it owns no table, so it can switch no trigger off. With no role
-- of its own for the app (one database user for both), there is nothing to grant.
DO $$
DECLARE
    app text := '${appRole}';
BEGIN
    IF app = '' OR app = current_user THEN
        RETURN;
    END IF;
    BEGIN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app);
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE NOTICE 'Grant USAGE on schema % to % yourself: the owner may not', current_schema(), app;
    END;
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), app);
    -- Sequences: a restore sets them past the restored rows.
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), app);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM %I', app);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM %I', app);
END
$$;
