package vn.ttdt.portal.royalty.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.content.domain.Genre;

/** The effective-dated rows of a site's royalty schedule, its board roles and its yearly funds. */
public interface RoyaltyScheduleRepository {

    RoyaltySchedule schedule(long siteId);

    boolean isEmpty(long siteId);

    List<ScheduledValue> values(long siteId);

    Optional<ScheduledValue> value(long siteId, RoyaltyParameter parameter, LocalDate effectiveFrom);

    List<ScheduledBand> bands(long siteId);

    Optional<ScheduledBand> band(long siteId, Genre genre, LocalDate effectiveFrom);

    List<ScheduledRemunerationRole> remunerationRoles(long siteId);

    Optional<ScheduledRemunerationRole> remunerationRole(long siteId, String code, LocalDate effectiveFrom);

    List<RemunerationAssignment> assignments(long siteId);

    Optional<RemunerationAssignment> assignment(long id);

    Optional<RoyaltyFund> fund(long siteId, int year);

    List<RoyaltyFund> funds(long siteId);

    void add(Object row);
}
