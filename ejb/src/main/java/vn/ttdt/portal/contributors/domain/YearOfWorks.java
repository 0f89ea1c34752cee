package vn.ttdt.portal.contributors.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The works a contributor published in a year, counted per month of publication: each work once, however many of its
 * author credits are theirs (say under their account and under their pen name).
 */
public final class YearOfWorks {

    private final int year;
    private final long[] perMonth = new long[12];
    private final List<Credit> works;

    private YearOfWorks(int year, List<Credit> works) {
        this.year = year;
        this.works = List.copyOf(works);
        works.forEach(w -> perMonth[w.publishedOn().getMonthValue() - 1]++);
    }

    /** The works of {@code credits} (credits of works published in {@code year}) that credit {@code contributor}. */
    public static YearOfWorks of(Contributor contributor, int year, List<Credit> credits) {
        Map<Long, Credit> works = new LinkedHashMap<>();
        for (Credit credit : credits) {
            if (credit.publishedOn().getYear() == year && contributor.isCredited(credit.accountId(), credit.authorName())) {
                works.putIfAbsent(credit.itemId(), credit);
            }
        }
        return new YearOfWorks(year, new ArrayList<>(works.values()));
    }

    public int year() {
        return year;
    }

    public long total() {
        return works.size();
    }

    /** Twelve counts, January first. */
    public List<Long> perMonth() {
        return Arrays.stream(perMonth).boxed().toList();
    }

    public List<Credit> works() {
        return works;
    }

    /** A work's author credit: the work, the account and name it credits, the day it was published. */
    public record Credit(long itemId, String title, Long accountId, String authorName, LocalDate publishedOn) {
    }
}
