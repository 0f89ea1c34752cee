-- The site's look, adjusted by the board without code: logo and banner (media of the site, by key), four colours
-- checked for contrast before they are saved, and a footer note below the items TT 09/2014/TT-BTTTT requires (those
-- are the site's own owner, licence, responsible person, address, phone and e-mail columns).
CREATE TABLE site_theme (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id           BIGINT       NOT NULL,
    logo_key          CHAR(32),
    banner_key        CHAR(32),
    colour_primary    CHAR(7)      NOT NULL,
    colour_text       CHAR(7)      NOT NULL,
    colour_background CHAR(7)      NOT NULL,
    colour_link       CHAR(7)      NOT NULL,
    footer_note       VARCHAR(1000),
    updated_by        VARCHAR(60),
    updated_at        DATETIME(6)  NOT NULL,
    version           INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_site_theme_site UNIQUE (site_id),
    CONSTRAINT fk_site_theme_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
