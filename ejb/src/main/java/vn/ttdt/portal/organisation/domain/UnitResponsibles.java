package vn.ttdt.portal.organisation.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Whom a unit's matters go to: the units' active reporters and the active supervisors of their group on a day. */
public interface UnitResponsibles {

    /**
     * The active unit reporters of {@code units} (by login), then the active supervisors of {@code group} on
     * {@code day} (by first day of their assignment), each person once; no supervisor when {@code group} is null.
     */
    List<Account> of(UnitGroup group, Collection<Unit> units, LocalDate day);
}
