-- A migration newer than any the database has seen: what a node that answered before migrating would be missing.
SELECT 1;
