package vn.ttdt.portal.site.pages.domain;

import java.util.List;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;

public interface OrganisationBodyRepository extends SiteOwnedRepository<OrganisationBody> {

    OrganisationBody add(OrganisationBody body);

    void remove(OrganisationBody body);

    /** Whether any body sits directly below {@code body}. */
    boolean hasBodiesBelow(OrganisationBody body);

    /** Every body of the site, by position then name (the tree is built from the parents). */
    List<OrganisationBody> all(Site site);
}
