package vn.ttdt.portal.site.advertising.application;

import java.io.Serializable;
import java.time.LocalDate;
import vn.ttdt.portal.site.advertising.domain.AdContract;

/** A contract as the back-office shows it: its terms, its advertiser, the attached file's name if any. */
public record ContractView(long id, long advertiserId, String advertiserName, String number, String placement,
                           LocalDate startsOn, LocalDate endsOn, long fee, LocalDate paidOn, String fileName, long version)
                                   implements Serializable {

    public static ContractView of(AdContract c) {
        return new ContractView(c.getId(), c.getAdvertiser().getId(), c.getAdvertiser().getName(), c.getNumber(),
                c.getPlacement().name(), c.getStartsOn(), c.getEndsOn(), c.getFee(), c.getPaidOn(),
                c.getFile() == null ? null : c.getFile().getOriginalName(), c.getVersion());
    }

    public boolean runsOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
