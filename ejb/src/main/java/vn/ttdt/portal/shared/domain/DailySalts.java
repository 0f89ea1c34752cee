package vn.ttdt.portal.shared.domain;

import java.time.LocalDate;

/**
 * The secret random salt of each day (Vietnamese days), from which the daily keys of voters and visitors are made:
 * the same for every caller and node, made on first use, deleted once its day is over.
 */
public interface DailySalts {

    String of(LocalDate day);

    /** Deletes the salts of the days before {@code day}. */
    void forgetBefore(LocalDate day);
}
