package vn.ttdt.portal.procedures.application;

import vn.ttdt.portal.content.application.ImportRejected;
import vn.ttdt.portal.procedures.domain.Violation;
import vn.ttdt.portal.shared.application.DomainTexts;

/** Violations of the procedures context in the import report's words. */
final class Problems {

    private Problems() {
    }

    static ImportRejected.Problem of(int record, Violation violation) {
        return new ImportRejected.Problem(record, violation.field(),
                DomainTexts.text(violation.messageKey(), violation.arguments().toArray()));
    }
}
