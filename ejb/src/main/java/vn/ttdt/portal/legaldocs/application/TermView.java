package vn.ttdt.portal.legaldocs.application;

import java.io.Serializable;
import vn.ttdt.portal.legaldocs.domain.LegalTerm;

/** A type, field or level to choose from, with its place in the lists. */
public record TermView(long id, String kind, String code, String name, int sortOrder) implements Serializable {

    static TermView of(LegalTerm term) {
        return term == null ? null : new TermView(term.getId(), term.getKind().name(), term.getCode(), term.getName(),
                term.getSortOrder());
    }
}
