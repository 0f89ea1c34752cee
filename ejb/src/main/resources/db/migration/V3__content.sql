-- Content: categories (chuyên mục) and news/articles (tin, bài) with authors, shares and revisions.
-- search_text holds title, lead and body folded to plain ASCII syllables between single spaces
-- (" cai cach hanh chinh "), so that a query typed with or without diacritics, including one- and
-- two-letter syllables (xã, ủy, đi), is found by whole syllables.

CREATE TABLE category (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id     BIGINT       NOT NULL,
    parent_id   BIGINT,
    name        VARCHAR(200) NOT NULL,
    slug        VARCHAR(120) NOT NULL,
    description VARCHAR(500),
    sort_order  INT          NOT NULL DEFAULT 0,
    visible     BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_category_slug UNIQUE (site_id, slug),
    CONSTRAINT fk_category_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE content_item (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id                BIGINT        NOT NULL,
    kind                   VARCHAR(10)   NOT NULL,
    genre                  VARCHAR(30)   NOT NULL,
    title                  VARCHAR(300)  NOT NULL,
    slug                   VARCHAR(140)  NOT NULL,
    lead                   VARCHAR(1000) NOT NULL,
    body                   MEDIUMTEXT    NOT NULL,
    category_id            BIGINT        NOT NULL,
    source_unit_id         BIGINT        NOT NULL,
    state                  VARCHAR(20)   NOT NULL,
    created_by             VARCHAR(60)   NOT NULL,
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    published_at           DATETIME(6),
    publish_at             DATETIME(6),
    unpublish_at           DATETIME(6),
    featured               BOOLEAN       NOT NULL DEFAULT FALSE,
    last_comment           VARCHAR(2000),
    search_text            MEDIUMTEXT    NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_content_item_slug UNIQUE (site_id, slug),
    CONSTRAINT fk_content_item_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_content_item_category FOREIGN KEY (category_id) REFERENCES category (id),
    CONSTRAINT fk_content_item_unit FOREIGN KEY (source_unit_id) REFERENCES unit (id),
    INDEX ix_content_item_public (state, published_at),
    INDEX ix_content_item_category (category_id, state, published_at),
    INDEX ix_content_item_unit (source_unit_id, state, published_at),
    INDEX ix_content_item_creator (created_by, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE content_author (
    item_id       BIGINT       NOT NULL,
    position      INT          NOT NULL,
    name          VARCHAR(120) NOT NULL,
    account_id    BIGINT,
    share_percent DECIMAL(5,2) NOT NULL,
    PRIMARY KEY (item_id, position),
    CONSTRAINT fk_content_author_item FOREIGN KEY (item_id) REFERENCES content_item (id),
    CONSTRAINT fk_content_author_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE content_revision (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id     BIGINT        NOT NULL,
    number      INT           NOT NULL,
    revised_at  DATETIME(6)   NOT NULL,
    revised_by  VARCHAR(60)   NOT NULL,
    state       VARCHAR(20)   NOT NULL,
    action      VARCHAR(30),
    comment     VARCHAR(2000),
    title       VARCHAR(300)  NOT NULL,
    lead        VARCHAR(1000) NOT NULL,
    body        MEDIUMTEXT    NOT NULL,
    CONSTRAINT uk_content_revision UNIQUE (item_id, number),
    CONSTRAINT fk_content_revision_item FOREIGN KEY (item_id) REFERENCES content_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
