package vn.ttdt.portal.legaldocs.domain;

import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;

public interface LegalTermRepository extends SiteOwnedRepository<LegalTerm> {

    /** The site's terms of one kind in their order. */
    List<LegalTerm> allOf(Site site, TermKind kind);

    Optional<LegalTerm> byCode(Site site, TermKind kind, String code);

    LegalTerm add(LegalTerm term);
}
