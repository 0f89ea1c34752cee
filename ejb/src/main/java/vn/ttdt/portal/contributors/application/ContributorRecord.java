package vn.ttdt.portal.contributors.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** One contributor with their year: works per month (January first) and the works themselves. */
public record ContributorRecord(ContributorRow contributor, int year, List<Long> worksPerMonth, List<Work> works) implements Serializable {

    public ContributorRecord {
        worksPerMonth = List.copyOf(worksPerMonth);
        works = List.copyOf(works);
    }

    /** A published work. */
    public record Work(long itemId, String title, LocalDate publishedOn) implements Serializable {
    }
}
