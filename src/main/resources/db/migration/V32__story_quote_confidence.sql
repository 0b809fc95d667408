-- The quote board's "least certain first" reads one story's quotes by confidence: the index of
-- issue 12's confidence column, keyed by story like the board's other orders.
DROP INDEX IF EXISTS quotes_board_by_confidence;
CREATE INDEX quotes_board_by_confidence ON quotes (story_id, confidence, said_on, id);
