-- Business advertising (xã hội hóa): advertisers, their contracts for one placement between two dates, and the
-- banners or links shown there while the contract runs. The fee is revenue of the portal (đồng).
CREATE TABLE advertiser (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id      BIGINT        NOT NULL,
    name         VARCHAR(255)  NOT NULL,
    tax_code     VARCHAR(14)   NOT NULL,
    contact_name VARCHAR(120),
    phone        VARCHAR(20),
    email        VARCHAR(254),
    address      VARCHAR(255),
    version      INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_advertiser_tax_code UNIQUE (site_id, tax_code),
    CONSTRAINT fk_advertiser_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE ad_contract (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id       BIGINT        NOT NULL,
    advertiser_id BIGINT        NOT NULL,
    number        VARCHAR(60)   NOT NULL,
    placement     VARCHAR(30)   NOT NULL,
    starts_on     DATE          NOT NULL,
    ends_on       DATE          NOT NULL,
    fee           BIGINT        NOT NULL,
    paid_on       DATE,
    file_id       BIGINT,
    version       INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_ad_contract_number UNIQUE (site_id, number),
    CONSTRAINT fk_ad_contract_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_ad_contract_advertiser FOREIGN KEY (advertiser_id) REFERENCES advertiser (id),
    CONSTRAINT fk_ad_contract_file FOREIGN KEY (file_id) REFERENCES media (id),
    INDEX ix_ad_contract_dates (site_id, placement, starts_on, ends_on),
    INDEX ix_ad_contract_ends (site_id, ends_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE ad_banner (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id     BIGINT        NOT NULL,
    contract_id BIGINT        NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    target_url  VARCHAR(1000) NOT NULL,
    image_id    BIGINT,
    clicks      BIGINT        NOT NULL DEFAULT 0,
    version     INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_ad_banner_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_ad_banner_contract FOREIGN KEY (contract_id) REFERENCES ad_contract (id),
    CONSTRAINT fk_ad_banner_image FOREIGN KEY (image_id) REFERENCES media (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

-- Satisfaction ratings of public information pages. No network address is stored: voter_key is a SHA-256 of the
-- day's random salt with the page and the browser, kept only on the day of the vote (then cleared, and the salt
-- deleted), so that one browser counts once per page per day.
CREATE TABLE rating_vote (
    id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id   BIGINT        NOT NULL,
    kind      VARCHAR(20)   NOT NULL,
    ref       VARCHAR(200)  NOT NULL,
    title     VARCHAR(500)  NOT NULL,
    category  VARCHAR(255)  NOT NULL,
    score     TINYINT       NOT NULL,
    comment   VARCHAR(1000),
    voted_on  DATE          NOT NULL,
    voter_key CHAR(64),
    CONSTRAINT uk_rating_vote_once UNIQUE (site_id, kind, ref, voted_on, voter_key),
    CONSTRAINT fk_rating_vote_site FOREIGN KEY (site_id) REFERENCES site (id),
    INDEX ix_rating_vote_day (site_id, voted_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE rating_salt (
    day  DATE     NOT NULL PRIMARY KEY,
    salt CHAR(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=ascii;
