-- Findings of the dormant-accounts batch job: one line per job instance and account (the unique key
-- makes a repeated line impossible when a crashed run is restarted: restarts keep the instance).
CREATE TABLE account_review_finding (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_instance_id  BIGINT       NOT NULL,
    account_id       BIGINT       NOT NULL,
    login            VARCHAR(60)  NOT NULL,
    full_name        VARCHAR(120) NOT NULL,
    last_login_at    DATETIME(6),
    days_inactive    INT          NOT NULL,
    CONSTRAINT uk_account_review_finding UNIQUE (job_instance_id, account_id),
    CONSTRAINT fk_account_review_finding_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
