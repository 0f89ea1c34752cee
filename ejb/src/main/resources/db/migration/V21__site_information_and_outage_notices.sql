-- Site information (giới thiệu): the introduction's pages, kept with every revision; rich text is sanitized before it is stored.
CREATE TABLE site_page (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id    BIGINT       NOT NULL,
    kind       VARCHAR(30)  NOT NULL,
    body       MEDIUMTEXT   NOT NULL,
    body_en    MEDIUMTEXT   NOT NULL,
    updated_by VARCHAR(60),
    updated_at DATETIME(6)  NOT NULL,
    version    INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_site_page_kind UNIQUE (site_id, kind),
    CONSTRAINT fk_site_page_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE site_page_revision (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    page_id  BIGINT       NOT NULL,
    body     MEDIUMTEXT   NOT NULL,
    body_en  MEDIUMTEXT   NOT NULL,
    saved_by VARCHAR(60)  NOT NULL,
    saved_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_site_page_revision_page FOREIGN KEY (page_id) REFERENCES site_page (id),
    INDEX ix_site_page_revision (page_id, saved_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE tourist_site (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id     BIGINT        NOT NULL,
    slug        VARCHAR(140)  NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    address     VARCHAR(255)  NOT NULL,
    map_url     VARCHAR(500),
    description MEDIUMTEXT    NOT NULL,
    position    INT           NOT NULL,
    updated_by  VARCHAR(60),
    updated_at  DATETIME(6)   NOT NULL,
    version     INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_tourist_site_slug UNIQUE (site_id, slug),
    CONSTRAINT fk_tourist_site_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE tourist_site_photo (
    tourist_site_id BIGINT      NOT NULL,
    position        INT         NOT NULL,
    media_key       VARCHAR(64) NOT NULL,
    PRIMARY KEY (tourist_site_id, position),
    CONSTRAINT fk_tourist_site_photo FOREIGN KEY (tourist_site_id) REFERENCES tourist_site (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

-- The organisation chart: bodies as a tree, each with its leaders and functions (Vietnamese and English).
CREATE TABLE organisation_body (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id      BIGINT       NOT NULL,
    parent_id    BIGINT,
    name         VARCHAR(200) NOT NULL,
    name_en      VARCHAR(200),
    functions    MEDIUMTEXT   NOT NULL,
    functions_en MEDIUMTEXT   NOT NULL,
    position     INT          NOT NULL,
    updated_by   VARCHAR(60),
    updated_at   DATETIME(6)  NOT NULL,
    version      INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_organisation_body_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_organisation_body_parent FOREIGN KEY (parent_id) REFERENCES organisation_body (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE organisation_leader (
    body_id   BIGINT       NOT NULL,
    position  INT          NOT NULL,
    name      VARCHAR(120) NOT NULL,
    title     VARCHAR(200) NOT NULL,
    title_en  VARCHAR(200),
    photo_key VARCHAR(64),
    phone     VARCHAR(40),
    email     VARCHAR(120),
    PRIMARY KEY (body_id, position),
    CONSTRAINT fk_organisation_leader_body FOREIGN KEY (body_id) REFERENCES organisation_body (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

-- Links to other portals (the province, ministries, the national public-service portal).
CREATE TABLE portal_link (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id  BIGINT       NOT NULL,
    kind     VARCHAR(20)  NOT NULL,
    name     VARCHAR(200) NOT NULL,
    url      VARCHAR(500) NOT NULL,
    position INT          NOT NULL,
    version  INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_portal_link_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

-- Planned outages the IT administrator announces; the public banner shows from 7 working days before the start.
CREATE TABLE outage_notice (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id      BIGINT        NOT NULL,
    starts_at    DATETIME(6)   NOT NULL,
    ends_at      DATETIME(6)   NOT NULL,
    reason       VARCHAR(500)  NOT NULL,
    cancelled    BOOLEAN       NOT NULL DEFAULT FALSE,
    scheduled_by VARCHAR(60)   NOT NULL,
    scheduled_at DATETIME(6)   NOT NULL,
    version      INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_outage_notice_site FOREIGN KEY (site_id) REFERENCES site (id),
    INDEX ix_outage_notice_end (site_id, ends_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
