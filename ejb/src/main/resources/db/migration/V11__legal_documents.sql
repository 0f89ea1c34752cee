-- Legal and directive documents (văn bản) and the posting requests (đề nghị đăng tải) of units.
-- Types, fields and levels are data rows of legal_term (kind TYPE, FIELD or LEVEL) that the board maintains.
-- number_key and issuer_key are the number/symbol and the issuing body folded (no tones, đ → d, lower case,
-- number without spaces): one number per issuing body per site (uk_legal_document_number).
-- search_text holds type, number, issuer, signer and summary as plain ASCII syllables between single spaces,
-- like content_item.search_text, so "nghi dinh 42" and "42/2022/NĐ-CP" find the same document.

CREATE TABLE legal_term (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id     BIGINT       NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    sort_order  INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_legal_term_code UNIQUE (site_id, kind, code),
    CONSTRAINT fk_legal_term_site FOREIGN KEY (site_id) REFERENCES site (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE legal_document (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id         BIGINT        NOT NULL,
    slug            VARCHAR(140)  NOT NULL,
    type_id         BIGINT        NOT NULL,
    field_id        BIGINT,
    level_id        BIGINT        NOT NULL,
    number          VARCHAR(60)   NOT NULL,
    number_key      VARCHAR(60)   NOT NULL,
    issuer          VARCHAR(200)  NOT NULL,
    issuer_key      VARCHAR(200)  NOT NULL,
    signer          VARCHAR(120)  NOT NULL,
    issued_on       DATE          NOT NULL,
    effective_on    DATE          NOT NULL,
    expires_on      DATE,
    summary         VARCHAR(2000) NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    replaced_by_id  BIGINT,
    search_text     TEXT          NOT NULL,
    created_by      VARCHAR(60)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_legal_document_slug UNIQUE (site_id, slug),
    CONSTRAINT uk_legal_document_number UNIQUE (site_id, issuer_key, number_key),
    CONSTRAINT fk_legal_document_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_legal_document_type FOREIGN KEY (type_id) REFERENCES legal_term (id),
    CONSTRAINT fk_legal_document_field FOREIGN KEY (field_id) REFERENCES legal_term (id),
    CONSTRAINT fk_legal_document_level FOREIGN KEY (level_id) REFERENCES legal_term (id),
    CONSTRAINT fk_legal_document_replaced_by FOREIGN KEY (replaced_by_id) REFERENCES legal_document (id),
    CONSTRAINT ck_legal_document_dates CHECK (effective_on >= issued_on AND (expires_on IS NULL OR expires_on > effective_on)),
    -- the public listing: newest issue date first, within a site, optionally of one type, status or level
    INDEX ix_legal_document_issued (site_id, issued_on, id),
    INDEX ix_legal_document_type (site_id, type_id, issued_on),
    INDEX ix_legal_document_status (site_id, status, issued_on),
    INDEX ix_legal_document_level (site_id, level_id, issued_on),
    INDEX ix_legal_document_field (site_id, field_id, issued_on),
    -- a typed number: "42/2022" is a prefix of number_key
    INDEX ix_legal_document_number (site_id, number_key),
    -- the status timer: documents whose effective or expiry day has come
    INDEX ix_legal_document_effective (status, effective_on),
    INDEX ix_legal_document_expires (status, expires_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE legal_document_amendment (
    document_id  BIGINT NOT NULL,
    amended_by_id BIGINT NOT NULL,
    PRIMARY KEY (document_id, amended_by_id),
    CONSTRAINT fk_legal_amendment_document FOREIGN KEY (document_id) REFERENCES legal_document (id),
    CONSTRAINT fk_legal_amendment_by FOREIGN KEY (amended_by_id) REFERENCES legal_document (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE legal_document_relation (
    document_id  BIGINT NOT NULL,
    related_id   BIGINT NOT NULL,
    PRIMARY KEY (document_id, related_id),
    CONSTRAINT fk_legal_relation_document FOREIGN KEY (document_id) REFERENCES legal_document (id),
    CONSTRAINT fk_legal_relation_related FOREIGN KEY (related_id) REFERENCES legal_document (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE legal_document_file (
    document_id  BIGINT NOT NULL,
    position     INT    NOT NULL,
    media_id     BIGINT NOT NULL,
    PRIMARY KEY (document_id, position),
    CONSTRAINT fk_legal_file_document FOREIGN KEY (document_id) REFERENCES legal_document (id),
    CONSTRAINT fk_legal_file_media FOREIGN KEY (media_id) REFERENCES media (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

CREATE TABLE posting_request (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id          BIGINT        NOT NULL,
    unit_id          BIGINT        NOT NULL,
    submitted_by     VARCHAR(60)   NOT NULL,
    received_at      DATETIME(6)   NOT NULL,
    number           VARCHAR(60),
    type_name        VARCHAR(200),
    issuer           VARCHAR(200),
    issued_on        DATE,
    summary          VARCHAR(2000),
    note             VARCHAR(2000),
    media_id         BIGINT,
    state            VARCHAR(10)   NOT NULL,
    decided_by       VARCHAR(60),
    posted_at        DATETIME(6),
    declined_at      DATETIME(6),
    decline_reason   VARCHAR(2000),
    document_id      BIGINT,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_posting_request_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_posting_request_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_posting_request_media FOREIGN KEY (media_id) REFERENCES media (id),
    CONSTRAINT fk_posting_request_document FOREIGN KEY (document_id) REFERENCES legal_document (id),
    -- the board's inbox (open ones, oldest first) and the quarter's count per unit (quota rule 5)
    INDEX ix_posting_request_state (site_id, state, received_at),
    INDEX ix_posting_request_unit (site_id, unit_id, received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

-- sites that exist already get the usual types, fields and levels; new sites get them on first start
INSERT INTO legal_term (site_id, kind, code, name, sort_order)
SELECT s.id, t.kind, t.code, t.name, t.sort_order FROM site s CROSS JOIN (
    SELECT 'TYPE' kind, 'luat' code, 'Luật' name, 1 sort_order
    UNION ALL SELECT 'TYPE', 'nghi-dinh', 'Nghị định', 2
    UNION ALL SELECT 'TYPE', 'thong-tu', 'Thông tư', 3
    UNION ALL SELECT 'TYPE', 'quyet-dinh', 'Quyết định', 4
    UNION ALL SELECT 'TYPE', 'chi-thi', 'Chỉ thị', 5
    UNION ALL SELECT 'TYPE', 'nghi-quyet', 'Nghị quyết', 6
    UNION ALL SELECT 'TYPE', 'ke-hoach', 'Kế hoạch', 7
    UNION ALL SELECT 'TYPE', 'cong-van', 'Công văn', 8
    UNION ALL SELECT 'TYPE', 'thong-bao', 'Thông báo', 9
    UNION ALL SELECT 'LEVEL', 'trung-uong', 'Trung ương', 1
    UNION ALL SELECT 'LEVEL', 'tinh', 'Tỉnh', 2
    UNION ALL SELECT 'LEVEL', 'huyen', 'Huyện', 3
    UNION ALL SELECT 'LEVEL', 'xa', 'Xã', 4
    UNION ALL SELECT 'FIELD', 'bao-chi-thong-tin', 'Báo chí, thông tin', 1
    UNION ALL SELECT 'FIELD', 'cai-cach-hanh-chinh', 'Cải cách hành chính', 2
    UNION ALL SELECT 'FIELD', 'tai-chinh', 'Tài chính', 3
    UNION ALL SELECT 'FIELD', 'dat-dai', 'Đất đai', 4
    UNION ALL SELECT 'FIELD', 'van-hoa-the-thao', 'Văn hóa, thể thao', 5
    UNION ALL SELECT 'FIELD', 'chuyen-doi-so', 'Chuyển đổi số', 6
    UNION ALL SELECT 'FIELD', 'to-chuc-bo-may', 'Tổ chức bộ máy', 7
) t;
