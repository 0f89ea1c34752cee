package vn.ttdt.portal.site.advertising.domain;

import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;

public interface AdvertiserRepository extends SiteOwnedRepository<Advertiser> {

    Advertiser add(Advertiser advertiser);

    void remove(Advertiser advertiser);

    /** Every advertiser of {@code site}, by name. */
    List<Advertiser> all(Site site);

    Optional<Advertiser> byTaxCode(Site site, String taxCode);

    boolean hasContracts(Advertiser advertiser);
}
