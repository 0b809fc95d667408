-- How sure the analysis is of each quote's speaker (0-1, 0 where it found nobody), so the quote
-- board can put the least certain first and gather those that need an editor's review. Machine
-- output, replaced on every merge like the rest of the quotes table. Quotes merged before this
-- column existed take their rule's own confidence, read from the rule as it was stored then
-- (free text like 'speech verb: say') or as it is stored now (its name).

ALTER TABLE quotes ADD COLUMN confidence numeric(3, 2);

UPDATE quotes SET confidence = CASE
    WHEN speaker IS NULL AND speaker_label IS NULL THEN 0
    WHEN rule IN ('GOVERNING_SPEECH_VERB', 'CONTINUES_OPEN_QUOTE') OR rule LIKE 'speech verb: %' OR rule LIKE 'speech noun: %'
         OR rule LIKE 'written source: %' THEN 0.95
    WHEN rule IN ('SPEECH_VERB_AFTER_QUOTE', 'ACCORDING_TO', 'CONTINUES_QUOTE_IN_PARAGRAPH') OR rule LIKE 'speech verb after the quote: %'
         OR rule LIKE 'name, then said: %' OR rule LIKE 'said, then the name: %' OR rule = 'according to' THEN 0.9
    WHEN rule = 'HEADLINE_SPEAKER_PREFIX' OR rule LIKE 'headline: %:' THEN 0.85
    WHEN rule IN ('SPEECH_NOUN_AFTER_QUOTE', 'HEADLINE_SPEECH_VERB', 'HEADLINE_SAME_WORDS_IN_BODY') OR rule = 'named after the quote'
         OR rule LIKE 'headline: %' THEN 0.8
    WHEN rule IN ('SPEECH_VERB_IN_SENTENCE', 'DOCUMENT_SUBJECT', 'CONTINUES_PREVIOUS_QUOTE') OR rule LIKE 'speech verb in the sentence: %'
         OR rule = 'written source of the sentence' OR rule = 'continues the previous quote' THEN 0.75
    WHEN rule = 'NAMED_IN_NEXT_SENTENCE' OR rule = 'named in the next sentence' THEN 0.7
    WHEN rule IN ('SPEAKER_OF_SENTENCE_BEFORE', 'HEADLINE_REPORTING_CLAUSE') OR rule = 'continues the speaker of the sentence before' THEN 0.6
    WHEN rule = 'DOCUMENT_OF_SENTENCE_BEFORE' OR rule = 'written source of the sentence before' THEN 0.55
    ELSE 0.5
END;

ALTER TABLE quotes ALTER COLUMN confidence SET NOT NULL;
ALTER TABLE quotes ALTER COLUMN confidence SET DEFAULT 0;

CREATE INDEX quotes_board_by_confidence ON quotes (confidence, said_on, id);
