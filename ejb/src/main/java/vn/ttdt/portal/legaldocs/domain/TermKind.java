package vn.ttdt.portal.legaldocs.domain;

/** What a {@link LegalTerm} classifies: a document's type (Nghị định…), its field (lĩnh vực) or its level (Trung ương…). */
public enum TermKind {
    TYPE,
    FIELD,
    LEVEL
}
