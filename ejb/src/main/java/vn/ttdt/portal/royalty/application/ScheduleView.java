package vn.ttdt.portal.royalty.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.ttdt.portal.content.domain.Genre;
import vn.ttdt.portal.royalty.domain.RoyaltyParameter;

/** The royalty schedule as the settings screen and the API show it: every effective-dated row. */
public record ScheduleView(List<Value> values, List<Band> bands, List<Role> roles,
                           List<Assignment> assignments, List<Fund> funds) implements Serializable {

    public record Value(long id, RoyaltyParameter parameter, LocalDate effectiveFrom, BigDecimal value,
                        String changedBy) implements Serializable {
    }

    public record Band(long id, Genre genre, LocalDate effectiveFrom, BigDecimal min, BigDecimal max) implements Serializable {
    }

    public record Role(long id, String code, String name, BigDecimal coefficient, LocalDate effectiveFrom) implements Serializable {
    }

    public record Assignment(long id, long accountId, String accountName, String roleCode,
                             LocalDate validFrom, LocalDate validTo) implements Serializable {
    }

    public record Member(long id, String label) implements Serializable {
    }

    public record Fund(int year, long amount, String changedBy) implements Serializable {
    }
}
