-- Editorial additions to content: keywords (tags) and related items chosen by the editor.
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
