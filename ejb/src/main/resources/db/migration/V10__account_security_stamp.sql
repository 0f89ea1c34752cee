-- Moves when a change must end the account's open sessions (deactivation, lock, roles, password reset);
-- each back-office session keeps the value it signed in with.
ALTER TABLE account ADD COLUMN security_stamp BIGINT NOT NULL DEFAULT 0 AFTER last_login_at;
