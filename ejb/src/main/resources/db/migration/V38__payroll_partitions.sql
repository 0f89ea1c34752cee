-- the payroll job writes its works in parallel partitions, whose step metrics the job repository only adds up when a
-- partition ends: each chunk now counts its works on the payroll row in its own transaction (committed works only, in
-- every partition and across a restart), which the progress bar reads; the count of works already written when a run
-- was resumed is no longer needed
ALTER TABLE payroll RENAME COLUMN resumed_works TO works_written;
