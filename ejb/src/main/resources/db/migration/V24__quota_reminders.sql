-- Reminders to the units lagging behind their quarterly quota: from the provisional runs in the quarter's last month,
-- the reporters of each lagging unit (of every unit of a group that meets its quota together) and the group's
-- supervisors get a mail and this in-app notice naming what is still missing and the days left in the quarter.
-- One row per recipient, unit (or group) and week (its Monday, Vietnam time): the unique key makes a second reminder
-- in the same week impossible, whatever runs again. read_at: when the recipient marked the notice read.
CREATE TABLE quota_reminder (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id           BIGINT       NOT NULL,
    group_id          BIGINT       NOT NULL,
    unit_id           BIGINT,
    unit_key          BIGINT AS (COALESCE(unit_id, 0)) STORED,
    account_id        BIGINT       NOT NULL,
    week_of           DATE         NOT NULL,
    year              INT          NOT NULL,
    quarter           TINYINT      NOT NULL,
    lagging_name      VARCHAR(300) NOT NULL,
    missing_news      INT          NOT NULL,
    missing_articles  INT          NOT NULL,
    missing_posted    INT          NOT NULL,
    days_left         INT          NOT NULL,
    sent_at           DATETIME(6)  NOT NULL,
    read_at           DATETIME(6),
    CONSTRAINT uk_quota_reminder_week UNIQUE (group_id, unit_key, account_id, week_of),
    CONSTRAINT fk_quota_reminder_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_quota_reminder_group FOREIGN KEY (group_id) REFERENCES unit_group (id),
    CONSTRAINT fk_quota_reminder_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_quota_reminder_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_quota_reminder_quarter CHECK (quarter BETWEEN 1 AND 4),
    INDEX ix_quota_reminder_unread (account_id, read_at, sent_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
