-- Quarterly quota rules (chỉ tiêu tin, bài) of the unit groups, effective-dated by quarter: a change is a new row
-- from the quarter it starts in, so earlier quarters keep the rule they were assessed by; one row per group and
-- starting quarter. minimum_posted_percent is the share of the quarter's posting requests that must be posted by its
-- last day (rule 5); a zero minimum asks nothing of that measure. The application writes the appendix's defaults
-- at start (QuotaRuleSeeder) for every site without rules.

CREATE TABLE quota_rule (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id                BIGINT       NOT NULL,
    group_id               BIGINT       NOT NULL,
    from_year              INT          NOT NULL,
    from_quarter           TINYINT      NOT NULL,
    scope                  VARCHAR(20)  NOT NULL,
    minimum_news           INT          NOT NULL DEFAULT 0,
    minimum_articles       INT          NOT NULL DEFAULT 0,
    minimum_posted_percent INT          NOT NULL DEFAULT 0,
    recorded_by            VARCHAR(60)  NOT NULL,
    recorded_at            DATETIME(6)  NOT NULL,
    CONSTRAINT uk_quota_rule_from UNIQUE (site_id, group_id, from_year, from_quarter),
    CONSTRAINT fk_quota_rule_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_quota_rule_group FOREIGN KEY (group_id) REFERENCES unit_group (id),
    CONSTRAINT ck_quota_rule_quarter CHECK (from_quarter BETWEEN 1 AND 4),
    CONSTRAINT ck_quota_rule_scope CHECK (scope IN ('EACH_UNIT', 'GROUP_TOGETHER')),
    CONSTRAINT ck_quota_rule_minimums CHECK (minimum_news >= 0 AND minimum_articles >= 0
        AND minimum_posted_percent BETWEEN 0 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

-- What the content context lets the quota context count (as V13's views for royalties): every published item (still
-- public, or archived since; a withdrawn item is neither) with its kind, source unit and publication instant.
CREATE OR REPLACE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW content_counted_item AS
SELECT i.id AS item_id, i.site_id, i.kind, i.source_unit_id, i.published_at
FROM content_item i
WHERE i.state IN ('PUBLISHED', 'ARCHIVED');
