-- Organisation, accounts and audit. Text columns use utf8mb4_uca1400_ai_ci (MariaDB >= 10.10):
-- Unicode 14 collation, case- and accent-insensitive, and it folds đ/Đ to d, so a search typed
-- without diacritics ("xuan duong") finds "Xuân Đường". utf8mb4_unicode_ci and the _vietnamese_
-- collations keep đ apart from d.

CREATE TABLE site (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    short_name  VARCHAR(120) NOT NULL,
    owner_name  VARCHAR(255) NOT NULL,
    address     VARCHAR(255),
    phone       VARCHAR(40),
    email       VARCHAR(120),
    licence     VARCHAR(255),
    editor_in_chief VARCHAR(255),
    CONSTRAINT uk_site_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE unit_group (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id          BIGINT       NOT NULL,
    code             VARCHAR(40)  NOT NULL,
    name             VARCHAR(255) NOT NULL,
    supervisor_title VARCHAR(255) NOT NULL,
    supervisor_id    BIGINT,
    sort_order       INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_unit_group_code UNIQUE (site_id, code),
    CONSTRAINT fk_unit_group_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE unit (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id        BIGINT       NOT NULL,
    group_id       BIGINT       NOT NULL,
    name           VARCHAR(255) NOT NULL,
    short_name     VARCHAR(60)  NOT NULL,
    contact_person VARCHAR(120),
    phone          VARCHAR(40),
    email          VARCHAR(120),
    address        VARCHAR(255),
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    version        BIGINT       NOT NULL DEFAULT 0,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uk_unit_name UNIQUE (site_id, name),
    CONSTRAINT uk_unit_short_name UNIQUE (site_id, short_name),
    CONSTRAINT fk_unit_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_unit_group FOREIGN KEY (group_id) REFERENCES unit_group (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE account (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id             BIGINT       NOT NULL,
    login               VARCHAR(60)  NOT NULL,
    full_name           VARCHAR(120) NOT NULL,
    email               VARCHAR(120) NOT NULL,
    phone               VARCHAR(40),
    unit_id             BIGINT,
    password_hash       VARCHAR(100) NOT NULL,
    password_changed_at DATETIME(6)  NOT NULL,
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins       INT          NOT NULL DEFAULT 0,
    locked_until        DATETIME(6),
    last_login_at       DATETIME(6),
    pen_name            VARCHAR(120),
    tax_code            VARCHAR(14),
    bank_account_number VARCHAR(30),
    bank_name           VARCHAR(120),
    version             BIGINT       NOT NULL DEFAULT 0,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    CONSTRAINT uk_account_login UNIQUE (login),
    CONSTRAINT fk_account_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_account_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

ALTER TABLE unit_group ADD CONSTRAINT fk_unit_group_supervisor FOREIGN KEY (supervisor_id) REFERENCES account (id);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role_name  VARCHAR(40) NOT NULL,
    PRIMARY KEY (account_id, role_name),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

-- Years for which a contributor filed the 08/CK-TNCN commitment (no tax withheld that year).
CREATE TABLE tax_commitment (
    account_id      BIGINT NOT NULL,
    commitment_year INT    NOT NULL,
    PRIMARY KEY (account_id, commitment_year),
    CONSTRAINT fk_tax_commitment_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE audit_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(6)   NOT NULL,
    actor          VARCHAR(60)   NOT NULL,
    action         VARCHAR(40)   NOT NULL,
    target_type    VARCHAR(40),
    target_id      VARCHAR(60),
    details        VARCHAR(2000),
    remote_address VARCHAR(64),
    INDEX ix_audit_event_time (occurred_at),
    INDEX ix_audit_event_actor (actor, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
