-- Royalty (nhuận bút) and remuneration (thù lao): the effective-dated schedule of each site, the grading
-- of published works, and the monthly payrolls. Amounts are whole VND (BIGINT).

CREATE TABLE royalty_parameter (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id        BIGINT        NOT NULL,
    name           VARCHAR(40)   NOT NULL,
    effective_from DATE          NOT NULL,
    value          DECIMAL(15,2) NOT NULL,
    changed_by     VARCHAR(60)   NOT NULL,
    changed_at     DATETIME(6)   NOT NULL,
    CONSTRAINT uk_royalty_parameter UNIQUE (site_id, name, effective_from),
    CONSTRAINT fk_royalty_parameter_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE royalty_genre_band (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id         BIGINT       NOT NULL,
    genre           VARCHAR(30)  NOT NULL,
    effective_from  DATE         NOT NULL,
    min_coefficient DECIMAL(5,2) NOT NULL,
    max_coefficient DECIMAL(5,2) NOT NULL,
    changed_by      VARCHAR(60)  NOT NULL,
    changed_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uk_royalty_genre_band UNIQUE (site_id, genre, effective_from),
    CONSTRAINT fk_royalty_genre_band_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE remuneration_role (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id        BIGINT       NOT NULL,
    code           VARCHAR(30)  NOT NULL,
    name           VARCHAR(120) NOT NULL,
    coefficient    DECIMAL(5,2) NOT NULL,
    effective_from DATE         NOT NULL,
    changed_by     VARCHAR(60)  NOT NULL,
    changed_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uk_remuneration_role UNIQUE (site_id, code, effective_from),
    CONSTRAINT fk_remuneration_role_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

-- who holds a paid board role, from when to when (valid_to inclusive, NULL = still)
CREATE TABLE remuneration_assignment (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id    BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    role_code  VARCHAR(30) NOT NULL,
    valid_from DATE        NOT NULL,
    valid_to   DATE,
    CONSTRAINT fk_remuneration_assignment_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_remuneration_assignment_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_remuneration_assignment (site_id, valid_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE royalty_fund (
    site_id    BIGINT      NOT NULL,
    year       INT         NOT NULL,
    amount     BIGINT      NOT NULL,
    changed_by VARCHAR(60) NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (site_id, year),
    CONSTRAINT fk_royalty_fund_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

-- settled: every share of the work is in an approved payroll (kept with royalty_settlement, so the monthly
-- job skips paid works without looking at each share)
CREATE TABLE royalty_grading (
    item_id            BIGINT       NOT NULL PRIMARY KEY,
    coefficient        DECIMAL(5,2) NOT NULL,
    adjustment         VARCHAR(20)  NOT NULL,
    adjustment_percent DECIMAL(5,2) NOT NULL,
    payable            BOOLEAN      NOT NULL,
    settled            BOOLEAN      NOT NULL DEFAULT FALSE,
    graded_by          VARCHAR(60)  NOT NULL,
    graded_at          DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_royalty_grading_item FOREIGN KEY (item_id) REFERENCES content_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE payroll (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id            BIGINT      NOT NULL,
    period             CHAR(7)     NOT NULL,
    status             VARCHAR(12) NOT NULL,
    execution_id       BIGINT,
    expected_works     INT         NOT NULL DEFAULT 0,
    resumed_works      INT         NOT NULL DEFAULT 0,
    line_count         INT         NOT NULL DEFAULT 0,
    royalty_total      BIGINT      NOT NULL DEFAULT 0,
    remuneration_total BIGINT      NOT NULL DEFAULT 0,
    total_gross        BIGINT      NOT NULL DEFAULT 0,
    total_tax          BIGINT      NOT NULL DEFAULT 0,
    total_net          BIGINT      NOT NULL DEFAULT 0,
    computed_at        DATETIME(6),
    approved_by        VARCHAR(60),
    approved_at        DATETIME(6),
    paid_on            DATE,
    paid_by            VARCHAR(60),
    version            BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_payroll_period UNIQUE (site_id, period),
    CONSTRAINT fk_payroll_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

-- one author's share of one work (W:item:position), one remuneration (R:account:role) or a remuneration
-- carried over from an earlier payroll (C:payroll:account:role); the unique key
-- makes a repeated line impossible, even when a crashed run restarts from its checkpoint
CREATE TABLE payroll_line (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    payroll_id         BIGINT        NOT NULL,
    line_key           VARCHAR(60)   NOT NULL,
    kind               VARCHAR(12)   NOT NULL,
    payee_key          VARCHAR(160)  NOT NULL,
    payee_name         VARCHAR(120)  NOT NULL,
    account_id         BIGINT,
    item_id            BIGINT,
    author_position    INT,
    role_code          VARCHAR(30),
    title              VARCHAR(300)  NOT NULL,
    published_on       DATE,
    coefficient        DECIMAL(5,2)  NOT NULL,
    unit_value         BIGINT        NOT NULL,
    adjustment_percent DECIMAL(5,2)  NOT NULL,
    work_amount        BIGINT        NOT NULL,
    share_percent      DECIMAL(5,2)  NOT NULL,
    amount             BIGINT        NOT NULL,
    CONSTRAINT uk_payroll_line UNIQUE (payroll_id, line_key),
    CONSTRAINT fk_payroll_line_payroll FOREIGN KEY (payroll_id) REFERENCES payroll (id),
    INDEX ix_payroll_line_payee (payroll_id, payee_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE payroll_payee (
    payroll_id          BIGINT       NOT NULL,
    payee_key           VARCHAR(160) NOT NULL,
    payee_name          VARCHAR(120) NOT NULL,
    account_id          BIGINT,
    tax_code            VARCHAR(14),
    bank_account_number VARCHAR(30),
    bank_name           VARCHAR(120),
    gross               BIGINT       NOT NULL,
    tax                 BIGINT       NOT NULL,
    net                 BIGINT       NOT NULL,
    tax_commitment      BOOLEAN      NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    failed_contacts     INT          NOT NULL DEFAULT 0,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (payroll_id, payee_key),
    CONSTRAINT fk_payroll_payee_payroll FOREIGN KEY (payroll_id) REFERENCES payroll (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE payroll_contact_attempt (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    payroll_id   BIGINT        NOT NULL,
    payee_key    VARCHAR(160)  NOT NULL,
    attempted_at DATETIME(6)   NOT NULL,
    attempted_by VARCHAR(60)   NOT NULL,
    reached      BOOLEAN       NOT NULL,
    note         VARCHAR(500),
    CONSTRAINT fk_payroll_contact_payee FOREIGN KEY (payroll_id, payee_key) REFERENCES payroll_payee (payroll_id, payee_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

-- a work share belongs to at most one approved payroll: the primary key refuses paying it twice
CREATE TABLE royalty_settlement (
    item_id         BIGINT NOT NULL,
    author_position INT    NOT NULL,
    payroll_id      BIGINT NOT NULL,
    PRIMARY KEY (item_id, author_position),
    CONSTRAINT fk_royalty_settlement_payroll FOREIGN KEY (payroll_id) REFERENCES payroll (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

-- a payee's remuneration carried over after failed contacts, until a later approved payroll pays it
CREATE TABLE remuneration_carry_over (
    from_payroll_id    BIGINT       NOT NULL,
    account_id         BIGINT       NOT NULL,
    role_code          VARCHAR(30)  NOT NULL,
    title              VARCHAR(300) NOT NULL,
    coefficient        DECIMAL(5,2) NOT NULL,
    unit_value         BIGINT       NOT NULL,
    amount             BIGINT       NOT NULL,
    paid_by_payroll_id BIGINT,
    PRIMARY KEY (from_payroll_id, account_id, role_code),
    CONSTRAINT fk_carry_over_from FOREIGN KEY (from_payroll_id) REFERENCES payroll (id),
    CONSTRAINT fk_carry_over_paid_by FOREIGN KEY (paid_by_payroll_id) REFERENCES payroll (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
