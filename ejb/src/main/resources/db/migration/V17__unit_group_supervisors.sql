-- Who supervises a unit group's quota (Phó trưởng BBT phụ trách khối), from one day to another (inclusive; open-ended
-- while held). A group may have several supervisors at once (the communes have two in the plan's appendix). Replaces
-- unit_group.supervisor_id: the supervisor recorded there holds the group from 2000-01-01, open-ended.

CREATE TABLE unit_group_supervisor (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id     BIGINT      NOT NULL,
    group_id    BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    valid_from  DATE        NOT NULL,
    valid_to    DATE,
    recorded_by VARCHAR(60) NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_unit_group_supervisor_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_unit_group_supervisor_group FOREIGN KEY (group_id) REFERENCES unit_group (id),
    CONSTRAINT fk_unit_group_supervisor_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_unit_group_supervisor_dates CHECK (valid_to IS NULL OR valid_to >= valid_from),
    INDEX ix_unit_group_supervisor_account (account_id, valid_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

INSERT INTO unit_group_supervisor (site_id, group_id, account_id, valid_from, recorded_by, recorded_at)
SELECT site_id, id, supervisor_id, '2000-01-01', 'system', UTC_TIMESTAMP(6) FROM unit_group WHERE supervisor_id IS NOT NULL;

ALTER TABLE unit_group DROP FOREIGN KEY fk_unit_group_supervisor;
ALTER TABLE unit_group DROP COLUMN supervisor_id;
