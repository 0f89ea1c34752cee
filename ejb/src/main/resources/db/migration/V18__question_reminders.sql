-- The reminders sent to units about questions they have not answered: at most one a question a day.
CREATE TABLE question_reminder (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    question_id  BIGINT      NOT NULL,
    day          DATE        NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    working_days INT         NOT NULL,
    recipients   INT         NOT NULL,
    sent_at      DATETIME(6) NOT NULL,
    CONSTRAINT uk_question_reminder_day UNIQUE (question_id, day),
    CONSTRAINT fk_question_reminder_question FOREIGN KEY (question_id) REFERENCES question (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;

-- The overdue list and the chasing timer look for forwarded questions by deadline.
CREATE INDEX ix_question_deadline ON question (state, deadline);

-- A citizen's optional attachment: the file is kept with the uploads (outside every web root) under attachment_key,
-- served only to the board and the unit the question went to.
ALTER TABLE question
    ADD COLUMN attachment_key    VARCHAR(64),
    ADD COLUMN attachment_name   VARCHAR(255),
    ADD COLUMN attachment_format VARCHAR(10),
    ADD COLUMN attachment_bytes  BIGINT;
