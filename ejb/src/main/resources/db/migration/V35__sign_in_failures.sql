-- the sign-in throttle per network address (AddressThrottle), shared by every node instead of each node's memory:
-- one row per failed sign-in, read as "how many from this address within the window", forgotten after the window
CREATE TABLE sign_in_failure (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    address   VARCHAR(64)  NOT NULL,
    login     VARCHAR(100) NOT NULL,
    failed_at DATETIME(6)  NOT NULL,
    KEY ix_sign_in_failure_address (address, failed_at),
    KEY ix_sign_in_failure_failed_at (failed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
