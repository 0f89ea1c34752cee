package vn.ttdt.portal.site.advertising.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwnedRepository;

public interface AdContractRepository extends SiteOwnedRepository<AdContract> {

    AdContract add(AdContract contract);

    void remove(AdContract contract);

    /** Every contract of {@code site}, the latest start first. */
    List<AdContract> all(Site site);

    Optional<AdContract> byNumber(Site site, String number);

    /** The contracts starting within {@code year}, by start and number. */
    List<AdContract> startingIn(Site site, int year);

    /** Whether a contract of any site starts on {@code day} or ended the day before: the banners shown change that day. */
    boolean shownBannersChangeOn(LocalDate day);
}
