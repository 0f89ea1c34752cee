package vn.ttdt.portal.royalty.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import vn.ttdt.portal.content.domain.Genre;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

/**
 * The royalty schedule of a site (biểu nhuận bút, thù lao) read by date: every rule of docs/domain.md
 * "Royalties" that the board can change is an effective-dated value here, never a constant.
 */
public final class RoyaltySchedule {

    private final Map<RoyaltyParameter, Timeline<BigDecimal>> parameters;
    private final Map<Genre, Timeline<CoefficientBand>> bands;
    private final Map<String, Timeline<RemunerationRole>> remunerationRoles;

    public RoyaltySchedule(Map<RoyaltyParameter, Timeline<BigDecimal>> parameters, Map<Genre, Timeline<CoefficientBand>> bands,
            Map<String, Timeline<RemunerationRole>> remunerationRoles) {
        this.parameters = new EnumMap<>(RoyaltyParameter.class);
        this.parameters.putAll(parameters);
        this.bands = new EnumMap<>(Genre.class);
        this.bands.putAll(bands);
        this.remunerationRoles = Map.copyOf(remunerationRoles);
    }

    public BigDecimal parameter(RoyaltyParameter parameter, LocalDate date) {
        Timeline<BigDecimal> timeline = parameters.get(parameter);
        return Optional.ofNullable(timeline).flatMap(t -> t.at(date)).orElseThrow(() -> new BusinessRuleException(
                "royalty.parameter.missing", parameter + " not in force on " + date, parameter.name(), date.toString()));
    }

    /** Unit value (giá trị một đơn vị hệ số) on a date: the unit-value percentage of the base salary then in force, whole VND half-up. */
    public long unitValueOn(LocalDate date) {
        return Vnd.roundHalfUp(parameter(RoyaltyParameter.BASE_SALARY, date)
                .multiply(parameter(RoyaltyParameter.UNIT_VALUE_PERCENT, date)).movePointLeft(2));
    }

    public CoefficientBand band(Genre genre, LocalDate date) {
        return Optional.ofNullable(bands.get(genre)).flatMap(t -> t.at(date)).orElseThrow(() -> new BusinessRuleException(
                "royalty.band.missing", "no band for " + genre + " on " + date, date.toString()));
    }

    /** The tax rule of a payroll, taken as in force on the last day of its period. */
    public TaxRule taxRule(LocalDate periodEnd) {
        return new TaxRule(parameter(RoyaltyParameter.PIT_RATE_PERCENT, periodEnd),
                parameter(RoyaltyParameter.PIT_THRESHOLD, periodEnd).longValueExact());
    }

    /** Refuses a translation percentage outside the band in force on the date. */
    public void checkTranslationPercent(BigDecimal percent, LocalDate date) {
        BigDecimal min = parameter(RoyaltyParameter.TRANSLATION_MIN_PERCENT, date);
        BigDecimal max = parameter(RoyaltyParameter.TRANSLATION_MAX_PERCENT, date);
        if (percent == null || percent.compareTo(min) < 0 || percent.compareTo(max) > 0) {
            throw new BusinessRuleException("royalty.translation.outOfBand", "translation " + percent + "% outside " + min + "–" + max,
                    percent, min, max);
        }
    }

    public Optional<RemunerationRole> remunerationRole(String code, LocalDate date) {
        return Optional.ofNullable(remunerationRoles.get(code)).flatMap(t -> t.at(date));
    }

    public int paymentDeadlineDays(LocalDate date) {
        return parameter(RoyaltyParameter.PAYMENT_DEADLINE_DAYS, date).intValueExact();
    }

    public int contactAttemptsBeforeCarryOver(LocalDate date) {
        return parameter(RoyaltyParameter.CONTACT_ATTEMPTS_BEFORE_CARRY_OVER, date).intValueExact();
    }

    public BigDecimal remunerationCapPercent(LocalDate date) {
        return parameter(RoyaltyParameter.REMUNERATION_CAP_PERCENT, date);
    }
}
