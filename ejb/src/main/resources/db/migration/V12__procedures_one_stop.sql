-- Administrative procedures (thủ tục hành chính) of a site with their channels, dossier, legal bases and the
-- forms / sample dossiers to download, and the one-stop processing results per unit and month.
-- The level (cấp) is text kept as data ("Cấp huyện", "Cấp xã" …); search_text holds the folded code, name, field
-- and body for the search that ignores diacritics.

CREATE TABLE procedure_entry (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id           BIGINT        NOT NULL,
    code              VARCHAR(60)   NOT NULL,
    name              VARCHAR(500)  NOT NULL,
    field             VARCHAR(200)  NOT NULL,
    procedure_level   VARCHAR(60)   NOT NULL,
    implementing_body VARCHAR(255)  NOT NULL,
    steps             TEXT          NOT NULL,
    time_limit        VARCHAR(500)  NOT NULL,
    fees              VARCHAR(1000) NOT NULL,
    applicants        VARCHAR(1000) NOT NULL,
    result            VARCHAR(1000) NOT NULL,
    online_url        VARCHAR(500),
    online_level      VARCHAR(10),
    active            BOOLEAN       NOT NULL DEFAULT TRUE,
    search_text       VARCHAR(2000) NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    updated_at        DATETIME(6)   NOT NULL,
    updated_by        VARCHAR(60)   NOT NULL,
    CONSTRAINT uk_procedure_code UNIQUE (site_id, code),
    CONSTRAINT fk_procedure_site FOREIGN KEY (site_id) REFERENCES site (id),
    INDEX ix_procedure_filters (site_id, active, field, procedure_level)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE procedure_channel (
    procedure_id BIGINT      NOT NULL,
    channel      VARCHAR(20) NOT NULL,
    PRIMARY KEY (procedure_id, channel),
    CONSTRAINT fk_procedure_channel FOREIGN KEY (procedure_id) REFERENCES procedure_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE procedure_dossier (
    procedure_id BIGINT       NOT NULL,
    position     INT          NOT NULL,
    name         VARCHAR(500) NOT NULL,
    copies       INT          NOT NULL,
    PRIMARY KEY (procedure_id, position),
    CONSTRAINT fk_procedure_dossier FOREIGN KEY (procedure_id) REFERENCES procedure_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE procedure_legal_basis (
    procedure_id BIGINT       NOT NULL,
    position     INT          NOT NULL,
    doc_number   VARCHAR(60)  NOT NULL,
    title        VARCHAR(500) NOT NULL,
    PRIMARY KEY (procedure_id, position),
    CONSTRAINT fk_procedure_legal_basis FOREIGN KEY (procedure_id) REFERENCES procedure_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE procedure_file (
    procedure_id BIGINT       NOT NULL,
    position     INT          NOT NULL,
    media_id     BIGINT       NOT NULL,
    label        VARCHAR(300) NOT NULL,
    PRIMARY KEY (procedure_id, position),
    CONSTRAINT fk_procedure_file FOREIGN KEY (procedure_id) REFERENCES procedure_entry (id),
    CONSTRAINT fk_procedure_file_media FOREIGN KEY (media_id) REFERENCES media (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE one_stop_result (
    id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id             BIGINT      NOT NULL,
    unit_id             BIGINT      NOT NULL,
    period              CHAR(7)     NOT NULL,
    received_new        INT         NOT NULL,
    carried_over        INT         NOT NULL,
    resolved_early      INT         NOT NULL,
    resolved_on_time    INT         NOT NULL,
    resolved_late       INT         NOT NULL,
    in_progress_in_time INT         NOT NULL,
    in_progress_overdue INT         NOT NULL,
    returned            INT         NOT NULL,
    imported_at         DATETIME(6) NOT NULL,
    imported_by         VARCHAR(60) NOT NULL,
    CONSTRAINT uk_one_stop_unit_period UNIQUE (site_id, period, unit_id),
    CONSTRAINT fk_one_stop_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_one_stop_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT ck_one_stop_totals CHECK (received_new + carried_over
        = resolved_early + resolved_on_time + resolved_late + in_progress_in_time + in_progress_overdue + returned)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
