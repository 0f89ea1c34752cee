package vn.ttdt.portal.content.application;

import java.time.YearMonth;
import java.util.List;

/**
 * The items published in a month per category, most first: of the whole site, or of one unit ({@code unitOnly}, named
 * {@code unitName}; none when the caller has no unit).
 */
public record MonthlyPublications(YearMonth month, String unitName, boolean unitOnly, List<CategoryCount> categories) {

    public MonthlyPublications {
        categories = List.copyOf(categories);
    }

    public long total() {
        return categories.stream().mapToLong(CategoryCount::count).sum();
    }

    /** One category's count. */
    public record CategoryCount(String category, long count) {
    }
}
