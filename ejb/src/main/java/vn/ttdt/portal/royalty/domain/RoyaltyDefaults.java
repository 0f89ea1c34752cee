package vn.ttdt.portal.royalty.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ttdt.portal.content.domain.Genre;

/**
 * The defaults of docs/domain.md "Royalties" (Nghị định 18/2014/NĐ-CP and the base-salary decrees), written as
 * the first rows of a new site's schedule; from then on they are data the board changes with effective dates.
 */
public final class RoyaltyDefaults {

    /** The date the rules of Nghị định 18/2014/NĐ-CP took effect, used for every default without a later history. */
    public static final LocalDate DECREE_18_2014 = LocalDate.of(2014, 4, 20);

    /** A default value with its effective date. */
    public record Value(RoyaltyParameter parameter, LocalDate effectiveFrom, BigDecimal value) {
    }

    /** A default coefficient band. */
    public record Band(Genre genre, LocalDate effectiveFrom, CoefficientBand band) {
    }

    private RoyaltyDefaults() {
    }

    public static List<Value> values() {
        return List.of(
                value(RoyaltyParameter.BASE_SALARY, "2019-07-01", "1490000"),
                value(RoyaltyParameter.BASE_SALARY, "2023-07-01", "1800000"),
                value(RoyaltyParameter.BASE_SALARY, "2024-07-01", "2340000"),
                value(RoyaltyParameter.BASE_SALARY, "2026-07-01", "2530000"),
                value(RoyaltyParameter.UNIT_VALUE_PERCENT, DECREE_18_2014.toString(), "10"),
                value(RoyaltyParameter.PIT_RATE_PERCENT, DECREE_18_2014.toString(), "10"),
                value(RoyaltyParameter.PIT_THRESHOLD, DECREE_18_2014.toString(), "2000000"),
                value(RoyaltyParameter.PIT_THRESHOLD, "2026-07-01", "5000000"),
                value(RoyaltyParameter.REMUNERATION_CAP_PERCENT, DECREE_18_2014.toString(), "50"),
                value(RoyaltyParameter.TRANSLATION_MIN_PERCENT, DECREE_18_2014.toString(), "40"),
                value(RoyaltyParameter.TRANSLATION_MAX_PERCENT, DECREE_18_2014.toString(), "65"),
                value(RoyaltyParameter.PAYMENT_DEADLINE_DAYS, DECREE_18_2014.toString(), "60"),
                value(RoyaltyParameter.CONTACT_ATTEMPTS_BEFORE_CARRY_OVER, DECREE_18_2014.toString(), "3"));
    }

    public static List<Band> bands() {
        Map<Genre, Integer> max = new EnumMap<>(Genre.class);
        max.put(Genre.NEWS_OR_REPLY, 10);
        max.put(Genre.DRAWING, 10);
        max.put(Genre.PHOTO, 10);
        max.put(Genre.COMMENTARY, 30);
        max.put(Genre.REPORTAGE_MEMOIR_INTERVIEW, 30);
        max.put(Genre.LITERARY, 30);
        max.put(Genre.RESEARCH, 30);
        max.put(Genre.LIVE_MEDIA, 50);
        return max.entrySet().stream()
                .map(e -> new Band(e.getKey(), DECREE_18_2014, new CoefficientBand(BigDecimal.ONE, BigDecimal.valueOf(e.getValue()))))
                .toList();
    }

    /** Placeholders until the board sets its own (docs/domain.md). */
    public static List<RemunerationRole> remunerationRoles() {
        return List.of(
                new RemunerationRole("HEAD", "Trưởng Ban biên tập", new BigDecimal("3.0")),
                new RemunerationRole("DEPUTY_HEAD", "Phó Trưởng Ban biên tập", new BigDecimal("2.5")),
                new RemunerationRole("SECRETARY", "Thư ký Ban biên tập", new BigDecimal("2.0")),
                new RemunerationRole("EDITOR", "Biên tập viên", new BigDecimal("2.0")),
                new RemunerationRole("TECHNICIAN", "Kỹ thuật viên", new BigDecimal("1.5")));
    }

    /** The defaults as a schedule, for a site that has not changed anything yet. */
    public static RoyaltySchedule schedule() {
        Map<RoyaltyParameter, Map<LocalDate, BigDecimal>> byParameter = new EnumMap<>(RoyaltyParameter.class);
        values().forEach(v -> byParameter.computeIfAbsent(v.parameter(), p -> new HashMap<>()).put(v.effectiveFrom(), v.value()));
        Map<RoyaltyParameter, Timeline<BigDecimal>> parameters = new EnumMap<>(RoyaltyParameter.class);
        byParameter.forEach((p, m) -> parameters.put(p, Timeline.of(m)));
        Map<Genre, Timeline<CoefficientBand>> bandTimelines = new EnumMap<>(Genre.class);
        bands().forEach(b -> bandTimelines.put(b.genre(), Timeline.of(Map.of(b.effectiveFrom(), b.band()))));
        Map<String, Timeline<RemunerationRole>> roles = new HashMap<>();
        remunerationRoles().forEach(r -> roles.put(r.code(), Timeline.of(Map.of(DECREE_18_2014, r))));
        return new RoyaltySchedule(parameters, bandTimelines, roles);
    }

    private static Value value(RoyaltyParameter parameter, String from, String value) {
        return new Value(parameter, LocalDate.parse(from), new BigDecimal(value));
    }
}
