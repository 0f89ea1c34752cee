package vn.ttdt.portal.royalty.domain;

import java.time.LocalDate;
import java.util.List;
import vn.ttdt.portal.content.domain.Genre;

/** A graded, published work as the payroll sees it: its grade and its authors in order with their shares. */
public record PublishedWork(long itemId, String title, Genre genre, LocalDate publishedOn, WorkGrade grade, List<Author> authors) {

    public PublishedWork {
        authors = List.copyOf(authors);
    }

    /** One author at a position (0 = first author) with a percentage share. */
    public record Author(int position, String name, Long accountId, java.math.BigDecimal sharePercent) {
    }
}
