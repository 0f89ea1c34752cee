-- the legal documents' search index in memory takes in the documents changed since it last looked (LegalDocumentSearchIndex):
-- updated_at is their change log, also moved by a status change and by a renamed type
CREATE INDEX ix_legal_document_site_updated ON legal_document (site_id, updated_at);
