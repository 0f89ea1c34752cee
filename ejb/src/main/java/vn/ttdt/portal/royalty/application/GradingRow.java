package vn.ttdt.portal.royalty.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.ttdt.portal.content.domain.Genre;
import vn.ttdt.portal.royalty.domain.Adjustment;

/** A published work on the grading table: what it is, its band, its grade if any and the royalty that grade gives. */
public record GradingRow(long itemId, String title, String slug, Genre genre, LocalDate publishedOn, String sourceUnit,
        List<Author> authors, BigDecimal minCoefficient, BigDecimal maxCoefficient, boolean graded, BigDecimal coefficient,
        Adjustment adjustment, BigDecimal adjustmentPercent, boolean payable, long unitValue, Long royalty, boolean paid)
                implements Serializable {

    /** An author of the work and their share. */
    public record Author(String name, Long accountId, BigDecimal sharePercent) implements Serializable {
    }
}
