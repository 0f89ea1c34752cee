-- The reason of a planned outage in English, for the /en/ pages (optional: they show a fixed English sentence without it).
ALTER TABLE outage_notice ADD COLUMN reason_en VARCHAR(500) NULL AFTER reason;
