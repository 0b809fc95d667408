-- Search answers within 200 ms at 100,000 articles (docs/adr/0011-search.md).
--
-- Hits are listed newest first. For a common word most versions match, so the page is full after the
-- first few dozen versions in date order; without an index in that order (published DESC NULLS LAST,
-- then the article, as the search orders them) every match was read and sorted, each one's vector
-- detoasted on the way (a second and more for "minister" across the desk).
CREATE INDEX article_versions_newest ON article_versions (published DESC NULLS LAST, article_id DESC);

-- Walking that index pays for every version it reads (its vector is fetched from TOAST to be tested),
-- so it only pays off for words the planner knows to be common. With the default statistics it knows
-- only the thousand or so commonest words and takes any other for one in 200 articles: a rare name
-- ("a place only 46 articles hold") then walked all 100,000 versions. The largest sample keeps the
-- frequencies of the rarer words too, and a word it never saw is taken for rarer than any it did.
ALTER TABLE article_versions ALTER COLUMN search SET STATISTICS 10000;
ANALYZE article_versions;
