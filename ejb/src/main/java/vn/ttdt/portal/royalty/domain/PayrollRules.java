package vn.ttdt.portal.royalty.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The monthly payroll's arithmetic (docs/domain.md "Royalties"), the one place it is written: lines of a
 * work's shares, remuneration lines, and the tax of a payee.
 */
public final class PayrollRules {

    private static final BigDecimal FULL = BigDecimal.valueOf(100);

    private PayrollRules() {
    }

    /**
     * The lines of one work: royalty = coefficient × unit value on the publication day × adjustment, rounded
     * half-up, then split between the co-authors with the remainder to the first.
     */
    public static List<PayrollLine> workLines(PublishedWork work, RoyaltySchedule schedule) {
        long unitValue = schedule.unitValueOn(work.publishedOn());
        long royalty = work.grade().royalty(unitValue);
        List<PublishedWork.Author> authors = work.authors();
        List<Long> parts = ShareSplit.split(royalty, authors.stream().map(PublishedWork.Author::sharePercent).toList());
        List<PayrollLine> lines = new ArrayList<>(authors.size());
        for (int i = 0; i < authors.size(); i++) {
            PublishedWork.Author author = authors.get(i);
            lines.add(new PayrollLine(PayrollLine.workKey(work.itemId(), author.position()), PayrollLine.Kind.WORK,
                    PayeeKey.of(author.accountId(), author.name()), author.name(), author.accountId(), work.itemId(),
                    author.position(), null, work.title(), work.publishedOn(), work.grade().coefficient(), unitValue,
                    work.grade().adjustmentPercent(), royalty,
                    author.sharePercent() != null ? author.sharePercent() : ShareSplit.equalPercent(authors.size()), parts.get(i)));
        }
        return lines;
    }

    /** A board member's remuneration for a role in a month: coefficient × unit value on the month's last day. */
    public static PayrollLine remunerationLine(YearMonth month, long accountId, String payeeName, RemunerationRole role,
            RoyaltySchedule schedule) {
        LocalDate lastDay = month.atEndOfMonth();
        long unitValue = schedule.unitValueOn(lastDay);
        long amount = Vnd.roundHalfUp(role.coefficient().multiply(BigDecimal.valueOf(unitValue)));
        return new PayrollLine(PayrollLine.remunerationKey(accountId, role.code()), PayrollLine.Kind.REMUNERATION,
                PayeeKey.of(accountId, payeeName), payeeName, accountId, null, null, role.code(), role.name(), null,
                role.coefficient(), unitValue, FULL, amount, FULL, amount);
    }

    /** Whether a month's remuneration exceeds the cap share of its royalties. */
    public static boolean remunerationOverCap(long remuneration, long royalties, BigDecimal capPercent) {
        return BigDecimal.valueOf(remuneration).multiply(FULL).compareTo(BigDecimal.valueOf(royalties).multiply(capPercent)) > 0;
    }

    /** The last day on which a work published that day is paid on time. */
    public static LocalDate payBy(LocalDate publishedOn, int deadlineDays) {
        return publishedOn.plusDays(deadlineDays);
    }
}
