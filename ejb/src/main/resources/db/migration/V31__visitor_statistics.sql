-- Visitor statistics (site.statistics). Counted from a beacon the public pages' script sends (crawlers rarely run it),
-- buffered in memory on each node and added here every few seconds by additive upserts, so that two nodes' increments
-- add up. No network address and no browser description is stored: a visitor is a SHA-256 of the day's secret salt
-- with the site, the address and the browser, kept only until the day is over (then counted into visit_day and
-- deleted), and the salt itself is deleted after its day.

-- The day's secret salt is shared by the satisfaction ratings and the visitor statistics.
RENAME TABLE rating_salt TO daily_salt;

CREATE TABLE visit_day (
    site_id  BIGINT NOT NULL,
    day      DATE   NOT NULL,
    views    BIGINT NOT NULL DEFAULT 0,
    visitors BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (site_id, day),
    CONSTRAINT fk_visit_day_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

-- Views of one page on one day; title and category as the page had them when it was counted.
CREATE TABLE visit_page_day (
    site_id  BIGINT       NOT NULL,
    day      DATE         NOT NULL,
    kind     VARCHAR(20)  NOT NULL,
    ref      VARCHAR(200) NOT NULL,
    title    VARCHAR(500) NOT NULL,
    category VARCHAR(255),
    views    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (site_id, day, kind, ref),
    CONSTRAINT fk_visit_page_day_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

-- Views that came from another site, by the referring host only (never the whole address).
CREATE TABLE visit_referrer_day (
    site_id BIGINT       NOT NULL,
    day     DATE         NOT NULL,
    host    VARCHAR(255) NOT NULL,
    views   BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (site_id, day, host),
    CONSTRAINT fk_visit_referrer_day_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

-- Today's visitors by their daily-salted key, and when each was last seen (for "online now").
CREATE TABLE visit_visitor (
    site_id     BIGINT      NOT NULL,
    day         DATE        NOT NULL,
    visitor_key CHAR(64)    NOT NULL,
    last_seen   DATETIME(6) NOT NULL,
    PRIMARY KEY (site_id, day, visitor_key),
    INDEX ix_visit_visitor_seen (site_id, last_seen),
    CONSTRAINT fk_visit_visitor_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE=InnoDB DEFAULT CHARSET=ascii;
