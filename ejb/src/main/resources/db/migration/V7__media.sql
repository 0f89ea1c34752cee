-- Media: uploaded photos and documents (files live outside the web root under storage_key), and
-- the photos of items: a cover and a gallery, each with caption and photographer. The photographer
-- is a name plus, when they have one, their account, because a photo is a work paid on its own.

CREATE TABLE media (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id       BIGINT       NOT NULL,
    storage_key   CHAR(32)     NOT NULL,
    original_name VARCHAR(255) NOT NULL,
    format        VARCHAR(10)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    width         INT,
    height        INT,
    uploaded_by   VARCHAR(60)  NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_media_key UNIQUE (storage_key),
    CONSTRAINT fk_media_site FOREIGN KEY (site_id) REFERENCES site (id),
    INDEX ix_media_digest (site_id, sha256)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

ALTER TABLE content_item
    ADD COLUMN cover_media_id BIGINT,
    ADD COLUMN cover_caption VARCHAR(500),
    ADD COLUMN cover_photographer VARCHAR(120),
    ADD COLUMN cover_photographer_account_id BIGINT,
    ADD CONSTRAINT fk_content_item_cover FOREIGN KEY (cover_media_id) REFERENCES media (id),
    ADD CONSTRAINT fk_content_item_cover_account FOREIGN KEY (cover_photographer_account_id) REFERENCES account (id);

CREATE TABLE content_photo (
    item_id                  BIGINT       NOT NULL,
    position                 INT          NOT NULL,
    media_id                 BIGINT       NOT NULL,
    caption                  VARCHAR(500) NOT NULL,
    photographer             VARCHAR(120) NOT NULL,
    photographer_account_id  BIGINT,
    PRIMARY KEY (item_id, position),
    CONSTRAINT fk_content_photo_item FOREIGN KEY (item_id) REFERENCES content_item (id),
    CONSTRAINT fk_content_photo_media FOREIGN KEY (media_id) REFERENCES media (id),
    CONSTRAINT fk_content_photo_account FOREIGN KEY (photographer_account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
