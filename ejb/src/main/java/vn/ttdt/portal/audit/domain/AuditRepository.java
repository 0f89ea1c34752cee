package vn.ttdt.portal.audit.domain;

import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

public interface AuditRepository {

    void add(AuditEvent event);

    Page<AuditEvent> search(AuditFilter filter, PageRequest page);
}
