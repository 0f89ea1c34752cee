-- The publishing timer asks every 15 s for items due for publishing (awaiting approval with publish_at
-- passed) and for withdrawal (published with unpublish_at passed), across sites; without these indexes
-- the withdrawal check read every published item.
CREATE INDEX ix_content_item_due_publish ON content_item (state, publish_at);
CREATE INDEX ix_content_item_due_withdraw ON content_item (state, unpublish_at);
