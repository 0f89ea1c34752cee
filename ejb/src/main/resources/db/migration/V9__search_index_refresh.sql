-- the public search index takes in the items changed since it last looked (PublishedSearchIndex)
CREATE INDEX ix_content_item_site_updated ON content_item (site_id, updated_at);
