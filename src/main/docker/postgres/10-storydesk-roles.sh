#!/bin/bash
# Run once by the postgres image on a new volume, as its superuser: the roles of docs/adr/0001-database-roles.md.
# storydesk_owner owns the database and runs the migrations; storydesk_app is what the app works as (rows only).
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     -v owner_password="$STORYDESK_OWNER_PASSWORD" -v app_password="$STORYDESK_APP_PASSWORD" <<'SQL'
CREATE ROLE storydesk_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE storydesk_app LOGIN PASSWORD :'app_password';
CREATE DATABASE storydesk OWNER storydesk_owner;
REVOKE ALL ON DATABASE storydesk FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE storydesk TO storydesk_app;
SQL
