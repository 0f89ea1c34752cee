-- The search of legal documents and procedures by words, with or without diacritics, from a FULLTEXT index instead
-- of one LIKE '%…%' per word over every row of the site.
-- search_text now holds each folded syllable once with the mark w_ in front ("Nghị định 42/2022/NĐ-CP" →
-- "w_nghi w_dinh w_42 w_2022 w_nd w_cp", see SyllableWords): every word is then at least three characters long and
-- no stop word, so InnoDB indexes xã, ủy, tế with its default innodb_ft_min_token_size (3) and stop word list; a search
-- is MATCH (search_text) AGAINST ('+w_nghi +w_dinh +w_42' IN BOOLEAN MODE): every syllable, in any order.

-- legal_document.search_text held the syllables between single spaces (" nghi dinh 42 2022 nd cp ")
UPDATE legal_document SET search_text = CONCAT('w_', REPLACE(TRIM(search_text), ' ', ' w_'))
WHERE TRIM(search_text) <> '';

-- procedure_entry.search_text held the folded text with its punctuation ("1.001193 thu tuc dang ky khai sinh …")
ALTER TABLE procedure_entry MODIFY search_text TEXT NOT NULL;
UPDATE procedure_entry SET search_text = CONCAT('w_', REPLACE(TRIM(REGEXP_REPLACE(search_text, '[^a-z0-9]+', ' ')), ' ', ' w_'))
WHERE TRIM(REGEXP_REPLACE(search_text, '[^a-z0-9]+', ' ')) <> '';

ALTER TABLE legal_document ADD FULLTEXT INDEX ft_legal_document_words (search_text);
ALTER TABLE procedure_entry ADD FULLTEXT INDEX ft_procedure_words (search_text);
