package vn.ttdt.portal.royalty.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.ttdt.portal.content.domain.Genre;

/** What the approver decided for a published work: coefficient, adjustment and its percentage, payable or not. */
public record WorkGrade(BigDecimal coefficient, Adjustment adjustment, BigDecimal adjustmentPercent, boolean payable) {

    private static final BigDecimal FULL = BigDecimal.valueOf(100);

    public WorkGrade {
        adjustment = adjustment == null ? Adjustment.NONE : adjustment;
        adjustmentPercent = adjustment == Adjustment.TRANSLATION ? adjustmentPercent : FULL;
    }

    /** A work's royalty: coefficient × unit value × adjustment, rounded half-up to a whole VND before any split. */
    public long royalty(long unitValue) {
        return Vnd.roundHalfUp(coefficient.multiply(BigDecimal.valueOf(unitValue)).multiply(adjustmentPercent).movePointLeft(2));
    }

    /** Refuses a coefficient outside the genre's band, or a translation percentage outside its band, in force on the publication day. */
    public void checkAgainst(RoyaltySchedule schedule, Genre genre, LocalDate publishedOn) {
        schedule.band(genre, publishedOn).check(coefficient, genre);
        if (adjustment == Adjustment.TRANSLATION) {
            schedule.checkTranslationPercent(adjustmentPercent, publishedOn);
        }
    }
}
