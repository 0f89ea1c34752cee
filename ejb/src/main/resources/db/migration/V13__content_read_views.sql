-- What the content context lets other contexts read of its tables (issue 11): the royalty payroll selects its
-- due works and their authors from these views, never from content_item or content_author, so that content may
-- change its tables as long as it keeps these columns. MERGE: MariaDB rewrites a query on a view into one on the
-- tables underneath, with their indexes, so reading through a view costs nothing. SQL SECURITY INVOKER: the views
-- run with the rights of whoever reads them, whatever database account created them.

-- Works that have been published (still public, or archived since), with the month they count in.
CREATE OR REPLACE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW content_published_work AS
SELECT i.id AS item_id, i.site_id, i.title, i.genre, i.published_at
FROM content_item i
WHERE i.state IN ('PUBLISHED', 'ARCHIVED');

-- The authors of every item in byline order, each with the share of the work's royalty and the account it names.
CREATE OR REPLACE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW content_work_author AS
SELECT a.item_id, a.position AS author_position, a.name AS author_name, a.account_id, a.share_percent
FROM content_author a;
