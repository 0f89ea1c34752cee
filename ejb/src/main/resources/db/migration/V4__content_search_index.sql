-- Full-text index over the folded search text: a query becomes a phrase of whole syllables
-- (MATCH ... AGAINST('"cai cach"' IN BOOLEAN MODE)). Vietnamese syllables are 1-7 letters and some
-- fold to words on InnoDB's English stop-word list (la, de, a, i), so the server must run with
-- innodb_ft_min_token_size=1 and innodb_ft_enable_stopword=OFF (the embedded server does; see README).
ALTER TABLE content_item ADD FULLTEXT INDEX ft_content_item_search (search_text);
