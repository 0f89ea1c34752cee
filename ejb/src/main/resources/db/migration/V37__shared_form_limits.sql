-- the flood limits of the public forms (questions per address and contact, ratings per visitor), shared by every
-- node instead of each node's memory: one row per limit and key with the times it admitted within its window
-- (oldest first, ISO-8601, separated by spaces; at most the limit's size), held FOR UPDATE while one admission decides
CREATE TABLE submission_window (
    limit_name VARCHAR(20)  NOT NULL,
    subject    VARCHAR(190) NOT NULL,
    recent     TEXT         NOT NULL,
    last_at    DATETIME(6)  NULL,
    PRIMARY KEY (limit_name, subject),
    KEY ix_submission_window_last (limit_name, last_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- secrets every node must share, made once by the first node that asks (INSERT IGNORE): the question form's ticket
-- key, so that a form served by one node is accepted by another
CREATE TABLE shared_secret (
    name   VARCHAR(40) NOT NULL PRIMARY KEY,
    secret CHAR(64)    NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;
