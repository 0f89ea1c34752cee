-- The items a quota row counted are kept with the row, compactly, instead of one row each in quota_result_item: the
-- job wrote a million rows for ten years of items, and re-running a quarter deleted and wrote them again. Each row's
-- counted_ids holds, per kind (NEWS, ARTICLE, POSTING_REQUEST, in that order, separated by '|'), the ids in ascending
-- order, each as its difference from the previous one in base 36, separated by commas (CountedIds); counted_items
-- is their number. The drill-down reads the ids back, so a final quarter's drill-down stays what its final run
-- counted, whatever happens to the items later. The rows already computed keep their items, converted here.
ALTER TABLE quota_result
    ADD COLUMN counted_items INT NOT NULL DEFAULT 0,
    ADD COLUMN counted_ids MEDIUMTEXT CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '||';

SET SESSION group_concat_max_len = 16777216;

UPDATE quota_result r
JOIN (
    SELECT result_id, COUNT(*) AS counted,
           CONCAT_WS('|',
               COALESCE(GROUP_CONCAT(IF(kind = 'NEWS', delta, NULL) ORDER BY item_id SEPARATOR ','), ''),
               COALESCE(GROUP_CONCAT(IF(kind = 'ARTICLE', delta, NULL) ORDER BY item_id SEPARATOR ','), ''),
               COALESCE(GROUP_CONCAT(IF(kind = 'POSTING_REQUEST', delta, NULL) ORDER BY item_id SEPARATOR ','), '')) AS ids
    FROM (SELECT result_id, kind, item_id,
                 LOWER(CONV(item_id - COALESCE(LAG(item_id) OVER (PARTITION BY result_id, kind ORDER BY item_id), 0), 10, 36)) AS delta
          FROM quota_result_item) i
    GROUP BY result_id
) c ON c.result_id = r.id
SET r.counted_items = c.counted, r.counted_ids = c.ids;

DROP TABLE quota_result_item;
