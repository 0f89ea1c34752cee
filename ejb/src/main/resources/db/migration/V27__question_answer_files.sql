-- Files the answering unit attaches to its answer, checked by the upload rules and kept with the uploads (outside every
-- web root) under attachment_key: served to the board and that unit, to the public once the answer is published, and
-- mailed with an answer sent privately.
CREATE TABLE question_answer_file (
    attachment_key    VARCHAR(64)  NOT NULL PRIMARY KEY,
    question_id       BIGINT       NOT NULL,
    attachment_name   VARCHAR(255) NOT NULL,
    attachment_format VARCHAR(10)  NOT NULL,
    attachment_bytes  BIGINT       NOT NULL,
    CONSTRAINT fk_question_answer_file_question FOREIGN KEY (question_id) REFERENCES question (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
