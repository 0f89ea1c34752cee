-- Editorial additions to content: keywords (tags), related items chosen by the editor, autosave.
-- A tag is kept with each item as typed (name) and folded (slug); the public tag page /the/{slug}
-- lists the published items carrying that slug, hence the index that leads with it.

CREATE TABLE content_item_tag (
    item_id  BIGINT      NOT NULL,
    position INT         NOT NULL,
    name     VARCHAR(60) NOT NULL,
    slug     VARCHAR(120) NOT NULL,
    PRIMARY KEY (item_id, position),
    CONSTRAINT fk_content_item_tag_item FOREIGN KEY (item_id) REFERENCES content_item (id),
    INDEX ix_content_item_tag_slug (slug, item_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE content_item_related (
    item_id    BIGINT NOT NULL,
    position   INT    NOT NULL,
    related_id BIGINT NOT NULL,
    PRIMARY KEY (item_id, position),
    CONSTRAINT fk_content_item_related_item FOREIGN KEY (item_id) REFERENCES content_item (id),
    CONSTRAINT fk_content_item_related_other FOREIGN KEY (related_id) REFERENCES content_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

-- Autosave of the item editor: one row per item and person, overwritten while they type and deleted
-- when they save (a saved version is a revision) or discard it. Not a revision: nobody else sees it.
CREATE TABLE content_autosave (
    id       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id  BIGINT        NOT NULL,
    saved_by VARCHAR(60)   NOT NULL,
    saved_at DATETIME(6)   NOT NULL,
    title    VARCHAR(300)  NOT NULL,
    lead     VARCHAR(1000) NOT NULL,
    body     MEDIUMTEXT    NOT NULL,
    CONSTRAINT uk_content_autosave UNIQUE (item_id, saved_by),
    CONSTRAINT fk_content_autosave_item FOREIGN KEY (item_id) REFERENCES content_item (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
