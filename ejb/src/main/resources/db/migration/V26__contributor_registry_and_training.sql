-- The contributor registry (mạng lưới cộng tác viên) and the writing-skills training courses (tập huấn kỹ năng viết tin, bài).

CREATE TABLE contributor (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id     BIGINT        NOT NULL,
    full_name   VARCHAR(120)  NOT NULL,
    pen_name    VARCHAR(120),
    unit_id     BIGINT,
    occupation  VARCHAR(160),
    phone       VARCHAR(40),
    email       VARCHAR(120),
    address     VARCHAR(255),
    note        VARCHAR(500),
    active      BOOLEAN       NOT NULL DEFAULT TRUE,
    account_id  BIGINT,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_contributor_account UNIQUE (site_id, account_id),
    CONSTRAINT fk_contributor_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_contributor_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_contributor_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_contributor_name (site_id, full_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE training_course (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id     BIGINT        NOT NULL,
    title       VARCHAR(255)  NOT NULL,
    starts_on   DATE          NOT NULL,
    ends_on     DATE          NOT NULL,
    place       VARCHAR(255)  NOT NULL,
    trainer     VARCHAR(255)  NOT NULL,
    audience    VARCHAR(255),
    note        VARCHAR(1000),
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_training_course_site FOREIGN KEY (site_id) REFERENCES site (id),
    INDEX ix_training_course_start (site_id, starts_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE training_participant (
    course_id      BIGINT        NOT NULL,
    position       INT           NOT NULL,
    contributor_id BIGINT,
    name           VARCHAR(120)  NOT NULL,
    affiliation    VARCHAR(160),
    attended       BOOLEAN       NOT NULL DEFAULT FALSE,
    evaluation     VARCHAR(20),
    remark         VARCHAR(500),
    PRIMARY KEY (course_id, position),
    CONSTRAINT fk_training_participant_course FOREIGN KEY (course_id) REFERENCES training_course (id),
    CONSTRAINT fk_training_participant_contributor FOREIGN KEY (contributor_id) REFERENCES contributor (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE training_material (
    course_id  BIGINT        NOT NULL,
    position   INT           NOT NULL,
    media_id   BIGINT        NOT NULL,
    title      VARCHAR(255)  NOT NULL,
    PRIMARY KEY (course_id, position),
    CONSTRAINT fk_training_material_course FOREIGN KEY (course_id) REFERENCES training_course (id),
    CONSTRAINT fk_training_material_media FOREIGN KEY (media_id) REFERENCES media (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
