-- The quarterly quota compliance table (job quota-compliance, docs/domain.md "Quarterly quotas").
-- quota_quarter: one row per site and quarter, the state of its table: the job run (job instance, stable across a
-- restart) that writes it, how many rows it expects, whether that run is final, and the lock a completed final run
-- puts on the quarter (a later run is refused until the board reopens it; the reopening is audited).
CREATE TABLE quota_quarter (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id        BIGINT       NOT NULL,
    year           INT          NOT NULL,
    quarter        TINYINT      NOT NULL,
    run_id         BIGINT       NOT NULL,
    final_run      BOOLEAN      NOT NULL,
    expected_rows  INT          NOT NULL,
    started_at     DATETIME(6)  NOT NULL,
    computed_at    DATETIME(6),
    locked         BOOLEAN      NOT NULL DEFAULT FALSE,
    locked_at      DATETIME(6),
    reopened_by    VARCHAR(60),
    reopened_at    DATETIME(6),
    CONSTRAINT uk_quota_quarter UNIQUE (site_id, year, quarter),
    CONSTRAINT fk_quota_quarter_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT ck_quota_quarter_number CHECK (quarter BETWEEN 1 AND 4)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

-- One row per quarter and unit (scope EACH_UNIT) or group (GROUP_TOGETHER, unit_id NULL): per measure what was
-- required (NULL: the rule asks nothing of it) and achieved, the totals, shortfall, met, the final flag and the run.
-- unit_key makes the group's row unique too (a NULL never clashes in a UNIQUE key): a row cannot exist twice.
CREATE TABLE quota_result (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    quarter_id         BIGINT       NOT NULL,
    group_id           BIGINT       NOT NULL,
    unit_id            BIGINT,
    unit_key           BIGINT AS (COALESCE(unit_id, 0)) STORED,
    rule_id            BIGINT       NOT NULL,
    scope              VARCHAR(20)  NOT NULL,
    required_news      INT,
    achieved_news      INT          NOT NULL,
    required_articles  INT,
    achieved_articles  INT          NOT NULL,
    requests_received  INT          NOT NULL,
    required_posted    INT,
    achieved_posted    INT          NOT NULL,
    required           INT          NOT NULL,
    achieved           INT          NOT NULL,
    shortfall          INT          NOT NULL,
    met                BOOLEAN      NOT NULL,
    final              BOOLEAN      NOT NULL,
    run_id             BIGINT       NOT NULL,
    CONSTRAINT uk_quota_result_subject UNIQUE (quarter_id, group_id, unit_key),
    CONSTRAINT fk_quota_result_quarter FOREIGN KEY (quarter_id) REFERENCES quota_quarter (id) ON DELETE CASCADE,
    CONSTRAINT fk_quota_result_group FOREIGN KEY (group_id) REFERENCES unit_group (id),
    CONSTRAINT fk_quota_result_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_quota_result_rule FOREIGN KEY (rule_id) REFERENCES quota_rule (id),
    CONSTRAINT ck_quota_result_scope CHECK (scope IN ('EACH_UNIT', 'GROUP_TOGETHER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

-- What a row counted: the news and articles (content items) and, for rule 5, the posting requests posted in time.
CREATE TABLE quota_result_item (
    result_id  BIGINT       NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    item_id    BIGINT       NOT NULL,
    PRIMARY KEY (result_id, kind, item_id),
    CONSTRAINT fk_quota_result_item_result FOREIGN KEY (result_id) REFERENCES quota_result (id) ON DELETE CASCADE,
    CONSTRAINT ck_quota_result_item_kind CHECK (kind IN ('NEWS', 'ARTICLE', 'POSTING_REQUEST'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

