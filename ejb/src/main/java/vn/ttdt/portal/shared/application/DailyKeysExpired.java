package vn.ttdt.portal.shared.application;

import java.time.LocalDate;

/**
 * Fired every hour by {@link DailyKeysTimer}: the daily keys of the days before {@code firstKeptDay} are to be
 * forgotten. Each context that keeps such keys observes it; the salts themselves are deleted after the observers ran.
 */
public record DailyKeysExpired(LocalDate firstKeptDay) {
}
