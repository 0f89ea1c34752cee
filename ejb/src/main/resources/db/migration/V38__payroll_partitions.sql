-- the payroll job writes its works in parallel partitions, whose step metrics the job repository only adds up when a
-- partition ends: each chunk now counts its works on the payroll row in its own transaction (committed works only, in
-- every partition and across a restart), which the progress bar reads; the count of works already written when a run
-- was resumed is no longer needed
ALTER TABLE payroll RENAME COLUMN resumed_works TO works_written;

-- the totals step's sums per payee (GROUP BY payee_key of one payroll: the kind, amount, account and name of each line)
-- read from the index alone, in its order, instead of looking up each of a month's 100,000 lines by its primary key;
-- it replaces the index on (payroll_id, payee_key), which it begins with
ALTER TABLE payroll_line DROP INDEX ix_payroll_line_payee,
    ADD INDEX ix_payroll_line_payee_sums (payroll_id, payee_key, kind, amount, account_id, payee_name);
