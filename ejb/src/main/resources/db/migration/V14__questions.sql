-- Working days: the days on which the government's calendar departs from Monday-to-Friday (public holidays
-- and swapped days off: working = 0; make-up Saturdays: working = 1), announced each year for the country.
CREATE TABLE calendar_day (
    day     DATE         NOT NULL PRIMARY KEY,
    working BOOLEAN      NOT NULL,
    name    VARCHAR(120) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

-- 2023 as the government announced it: New Year, Tết 20–26 January, 29 April–3 May (3 May swapped for Saturday 6 May), 1–4 September
INSERT INTO calendar_day (day, working, name) VALUES
    ('2023-01-02', 0, 'Nghỉ bù Tết Dương lịch'),
    ('2023-01-20', 0, 'Tết Nguyên đán'), ('2023-01-23', 0, 'Tết Nguyên đán'),
    ('2023-01-24', 0, 'Tết Nguyên đán'), ('2023-01-25', 0, 'Tết Nguyên đán'),
    ('2023-01-26', 0, 'Tết Nguyên đán'),
    ('2023-05-01', 0, 'Ngày Quốc tế Lao động'), ('2023-05-02', 0, 'Nghỉ bù Giỗ Tổ Hùng Vương và 30/4'),
    ('2023-05-03', 0, 'Nghỉ hoán đổi (làm bù thứ Bảy 06/5)'),
    ('2023-05-06', 1, 'Làm bù cho ngày 03/5'),
    ('2023-09-01', 0, 'Quốc khánh'), ('2023-09-04', 0, 'Nghỉ bù Quốc khánh');

-- Citizens' questions and petitions. The asker's contact columns are personal data: never published.
CREATE TABLE question (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id          BIGINT        NOT NULL,
    tracking_code    VARCHAR(20)   NOT NULL,
    asker_name       VARCHAR(120)  NOT NULL,
    asker_email      VARCHAR(254),
    asker_phone      VARCHAR(20),
    asker_address    VARCHAR(255),
    field            VARCHAR(30)   NOT NULL,
    title            VARCHAR(255)  NOT NULL,
    text             TEXT          NOT NULL,
    publication      VARCHAR(20)   NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    received_at      DATETIME(6)   NOT NULL,
    spam_reason      VARCHAR(1000),
    unit_id          BIGINT,
    forward_note     VARCHAR(1000),
    forwarded_at     DATETIME(6),
    deadline         DATE,
    extension_reason VARCHAR(1000),
    answer           TEXT,
    answered_by      VARCHAR(60),
    answered_at      DATETIME(6),
    decline_reason   VARCHAR(1000),
    approved_by      VARCHAR(60),
    closed_at        DATETIME(6),
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_question_tracking_code UNIQUE (tracking_code),
    CONSTRAINT fk_question_site FOREIGN KEY (site_id) REFERENCES site (id),
    CONSTRAINT fk_question_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_question_state (site_id, state, closed_at),
    INDEX ix_question_unit (site_id, unit_id, state)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
